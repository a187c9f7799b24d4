import { Injectable } from '@nestjs/common';
import type {
  Client,
  ClientDetail,
  ClientListQuerySchema,
  CreateClientInputSchema,
  Page,
  UpdateClientInput,
} from '@factoryops/contracts';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { ConflictError } from '../../../common/domain-errors.js';
import { UnitOfWork } from '../../../database/unit-of-work.js';
import { toClientDto } from '../../customers/customer.mapper.js';
import { CustomersService } from '../../customers/customers.service.js';
import { InvoicesService } from '../billing/invoices.service.js';
import { DesignFilesService } from '../design-files/design-files.service.js';
import { LaserRunsService } from '../laser-runs/laser-runs.service.js';
import { announceProductionChange } from '../production-changes.js';
import { ProjectsService } from '../projects/projects.service.js';
import { removeQueueItemsOfCustomer } from '../queue/queue.service.js';

/** The laser shop's clients: customers with their projects (seed 002 module 2). */
@Injectable()
export class ClientsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly customers: CustomersService,
    private readonly projects: ProjectsService,
    private readonly designFiles: DesignFilesService,
    private readonly laserRuns: LaserRunsService,
    private readonly invoices: InvoicesService,
  ) {}

  list(query: z.output<typeof ClientListQuerySchema>): Promise<Page<Client>> {
    return this.customers.list(query, (ids) => this.projects.countsOf(ids));
  }

  async get(id: string): Promise<ClientDetail> {
    const customer = await this.customers.find(this.dataSource.manager, id);
    const projects = await this.projects.ofCustomer(id);
    return { ...toClientDto(customer, projects.length), projects };
  }

  create(input: z.output<typeof CreateClientInputSchema>): Promise<Client> {
    return this.unitOfWork.run(async (work) => {
      const customer = await this.customers.create(work, input);
      announceProductionChange(work, 'client', customer.id, 'create');
      return toClientDto(customer, 0);
    });
  }

  update(id: string, input: UpdateClientInput): Promise<Client> {
    return this.unitOfWork.run(async (work) => {
      const customer = await this.customers.update(work, id, input);
      const counts = await this.projects.countsOf([id]);
      announceProductionChange(work, 'client', id, 'update');
      return toClientDto(customer, counts.get(id) ?? 0);
    });
  }

  /**
   * Deletes a client. One with projects is refused (409) unless `cascade` confirms that its projects
   * go too, with their queue items (the queue closing up behind them) and laser runs; the client's row is
   * locked first, so no project can be added meanwhile. A client whose projects were invoiced stays (409):
   * invoices are never deleted.
   */
  async remove(id: string, cascade: boolean): Promise<void> {
    const files = await this.unitOfWork.run(async (work) => {
      const customer = await this.customers.find(work.manager, id, true);
      const count = (await this.projects.countsOf([id])).get(id) ?? 0;
      if (count > 0 && !cascade)
        throw new ConflictError(
          `This client has ${count} project${count === 1 ? '' : 's'}: delete with cascade=true to delete ${count === 1 ? 'it' : 'them'} too`,
          'cascade',
        );
      const invoices = await this.invoices.countOfCustomer(work.manager, id);
      if (invoices > 0)
        throw new ConflictError(
          `${customer.name} has ${invoices} invoice${invoices === 1 ? '' : 's'}: invoices are kept, so the client and its projects cannot be deleted`,
        );
      const files = await this.designFiles.filesOfCustomer(work.manager, id);
      await removeQueueItemsOfCustomer(work, id);
      await this.laserRuns.removeAllOfCustomer(work, id);
      await this.projects.removeAllOf(work, id);
      await this.customers.remove(work, customer);
      announceProductionChange(work, 'client', id, 'delete');
      return files;
    });
    await this.designFiles.discard(files);
  }
}
