import { Injectable } from '@nestjs/common';
import type {
  Client,
  ClientListQuerySchema,
  CreateClientInputSchema,
  Page,
  UpdateClientInput,
} from '@factoryops/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { lockForChange } from '../../database/locked-row.js';
import type { z } from 'zod';
import { applyPatch } from '../../common/patch.js';
import { NotFoundError } from '../../common/domain-errors.js';
import { containsPattern } from '../../common/like-pattern.js';
import { fetchPage } from '../../common/paging.js';
import type { Work } from '../../database/unit-of-work.js';
import { createdFields, diffFields } from '../audit/audit-diff.js';
import { customerNumberIn } from './customer-code.js';
import { CustomerEntity } from './customer.entity.js';
import { customerAuditSnapshot, toClientDto } from './customer.mapper.js';

type ListQuery = z.output<typeof ClientListQuerySchema>;
type CreateInput = z.output<typeof CreateClientInputSchema>;

const SORT_COLUMNS: Record<string, string> = { code: 'c.number', name: 'c.name', createdAt: 'c.created_at' };

/**
 * Customers (shown as "Clients" in production), with their codes. `projectCounts` tells how many
 * projects each has: the module that owns projects answers it, so this one does not reach into them.
 */
@Injectable()
export class CustomersService {
  constructor(private readonly dataSource: DataSource) {}

  list(
    query: ListQuery,
    projectCountsOf: (ids: string[]) => Promise<Map<string, number>>,
  ): Promise<Page<Client>> {
    const builder = this.dataSource.getRepository(CustomerEntity).createQueryBuilder('c');
    if (query.q) {
      const number = customerNumberIn(query.q);
      builder.andWhere(
        `(c.name ILIKE :q OR c.contact_person ILIKE :q OR c.email ILIKE :q${number === undefined ? '' : ' OR c.number = :number'})`,
        { q: containsPattern(query.q), number },
      );
    }
    const descending = query.sort.startsWith('-');
    builder
      .orderBy(SORT_COLUMNS[query.sort.replace('-', '')], descending ? 'DESC' : 'ASC')
      .addOrderBy('c.id', 'ASC');
    return fetchPage(builder, query, (customer) => customer).then(async (page) => {
      const counts = await projectCountsOf(page.items.map((customer) => customer.id));
      return {
        items: page.items.map((customer) => toClientDto(customer, counts.get(customer.id) ?? 0)),
        total: page.total,
      };
    });
  }

  /** The customer, or 404; `lock` holds its row until the transaction ends (creating projects, deleting). */
  async find(manager: EntityManager, id: string, lock = false): Promise<CustomerEntity> {
    const customer = await manager
      .getRepository(CustomerEntity)
      .findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!customer) throw new NotFoundError('Client', id);
    return customer;
  }

  async create(work: Work, input: CreateInput): Promise<CustomerEntity> {
    const customer = await work.manager.save(work.manager.create(CustomerEntity, input));
    await work.audit({
      entityType: 'customer',
      entityId: customer.id,
      action: 'create',
      changes: createdFields(customerAuditSnapshot(customer)),
    });
    return customer;
  }

  async update(work: Work, id: string, input: UpdateClientInput): Promise<CustomerEntity> {
    const customer = await lockForChange(work.manager, CustomerEntity, id, input.version, 'Client');
    const before = customerAuditSnapshot(customer);
    const { version: _, ...changes } = input;
    applyPatch(customer, changes);
    const saved = await work.manager.save(customer);
    const changed = diffFields(before, customerAuditSnapshot(saved));
    if (Object.keys(changed).length > 0)
      await work.audit({ entityType: 'customer', entityId: id, action: 'update', changes: changed });
    return saved;
  }

  async remove(work: Work, customer: CustomerEntity): Promise<void> {
    const { id } = customer;
    await work.manager.remove(customer);
    await work.audit({
      entityType: 'customer',
      entityId: id,
      action: 'delete',
      changes: diffFields(customerAuditSnapshot(customer), {}),
    });
  }
}
