import { Injectable } from '@nestjs/common';
import type {
  CreateOperatorInputSchema,
  Operator,
  OperatorListQuerySchema,
  Page,
  UpdateOperatorInput,
} from '@factoryops/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { lockForChange } from '../../../database/locked-row.js';
import type { z } from 'zod';
import { applyPatch } from '../../../common/patch.js';
import { ConflictError, NotFoundError, ValidationError } from '../../../common/domain-errors.js';
import { refusingDuplicate } from '../../../database/unique-violation.js';
import { UnitOfWork } from '../../../database/unit-of-work.js';
import { createdFields, diffFields } from '../../audit/audit-diff.js';
import { UserEntity } from '../../auth/user.entity.js';
import { announceProductionChange } from '../production-changes.js';
import { OPERATOR_NAME_INDEX, OPERATOR_USER_UNIQUE, OperatorEntity } from './operator.entity.js';

/** An operator read with its account (`user`), whose name the answer carries. */
const toOperatorDto = (operator: OperatorEntity): Operator => ({
  id: operator.id,
  name: operator.name,
  email: operator.email,
  phone: operator.phone,
  userId: operator.userId,
  userName: operator.user?.displayName ?? null,
  active: operator.active,
  notes: operator.notes,
  createdAt: operator.createdAt.toISOString(),
  updatedAt: operator.updatedAt.toISOString(),
  version: operator.version,
});
const snapshot = ({
  id: _,
  user: __,
  createdAt: ___,
  updatedAt: ____,
  version: _____,
  ...fields
}: OperatorEntity) => fields;

const nameTaken = (name: string) => new ConflictError(`There is already an operator named ${name}`, 'name');
const accountTaken = () => new ConflictError('This account is already another operator', 'userId');
/** The 409s of the unique indexes a concurrent create or edit may still break, past assertFree's checks. */
const duplicatesOf = (name: string) => ({
  [OPERATOR_NAME_INDEX]: () => nameTaken(name),
  [OPERATOR_USER_UNIQUE]: accountTaken,
});

/** Laser operators (seed automation 3): unique names, at most one per signed-in account. */
@Injectable()
export class OperatorsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async list(query: z.output<typeof OperatorListQuerySchema>): Promise<Page<Operator>> {
    const operators = await this.dataSource.getRepository(OperatorEntity).find({
      where: query.active ? { active: query.active === 'true' } : {},
      relations: { user: true },
      order: { name: 'ASC' },
    });
    return { items: operators.map(toOperatorDto), total: operators.length };
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<Operator> {
    const operator = await manager
      .getRepository(OperatorEntity)
      .findOne({ where: { id }, relations: { user: true } });
    if (!operator) throw new NotFoundError('Operator', id);
    return toOperatorDto(operator);
  }

  /** The operator an account is (active or not), if any. */
  async ofUser(
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ id: string; name: string } | null> {
    const operator = await manager.getRepository(OperatorEntity).findOneBy({ userId });
    return operator ? { id: operator.id, name: operator.name } : null;
  }

  create(input: z.output<typeof CreateOperatorInputSchema>): Promise<Operator> {
    return this.unitOfWork.run(async (work) => {
      await this.assertFree(work.manager, input, undefined);
      const operator = await refusingDuplicate(
        work.manager.save(work.manager.create(OperatorEntity, input)),
        duplicatesOf(input.name),
      );
      await work.audit({
        entityType: 'production_operator',
        entityId: operator.id,
        action: 'create',
        changes: createdFields(snapshot(operator)),
      });
      announceProductionChange(work, 'operator', operator.id, 'create');
      return this.get(operator.id, work.manager);
    });
  }

  update(id: string, input: UpdateOperatorInput): Promise<Operator> {
    return this.unitOfWork.run(async (work) => {
      const operator = await lockForChange(work.manager, OperatorEntity, id, input.version, 'Operator');
      await this.assertFree(work.manager, input, id);
      const before = snapshot(operator);
      const { version: _, ...changes } = input;
      applyPatch(operator, changes);
      const saved = await refusingDuplicate(work.manager.save(operator), duplicatesOf(operator.name));
      const changed = diffFields(before, snapshot(saved));
      if (Object.keys(changed).length > 0) {
        await work.audit({
          entityType: 'production_operator',
          entityId: id,
          action: 'update',
          changes: changed,
        });
        announceProductionChange(work, 'operator', id, 'update');
      }
      return this.get(id, work.manager);
    });
  }

  /**
   * The name is nobody else's and the account exists and is no other operator's (409 naming the field;
   * the unique indexes catch what two concurrent requests might still slip past this, and the name's
   * is answered as this check does).
   */
  private async assertFree(
    manager: EntityManager,
    input: { name?: string; userId?: string | null },
    self: string | undefined,
  ): Promise<void> {
    const repository = manager.getRepository(OperatorEntity);
    if (input.name !== undefined) {
      const named = await repository
        .createQueryBuilder('o')
        .where('lower(o.name) = lower(:name)', { name: input.name })
        .getOne();
      if (named && named.id !== self) throw nameTaken(named.name);
    }
    if (input.userId) {
      if (!(await manager.getRepository(UserEntity).existsBy({ id: input.userId })))
        throw new ValidationError([{ path: 'userId', message: 'No such user account' }]);
      const linked = await repository.findOneBy({ userId: input.userId });
      if (linked && linked.id !== self)
        throw new ConflictError(`This account is already the operator ${linked.name}`, 'userId');
    }
  }
}
