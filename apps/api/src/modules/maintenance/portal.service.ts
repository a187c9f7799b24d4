import { Injectable } from '@nestjs/common';
import type { PortalMachine, PortalReportInputSchema, PortalReportResult } from '@factoryops/contracts';
import { DataSource, IsNull } from 'typeorm';
import type { z } from 'zod';
import { NotFoundError, TooManyRequestsError } from '../../common/domain-errors.js';
import { AppConfig } from '../../config/app-config.js';
import { UnitOfWork } from '../../database/unit-of-work.js';
import { MachineEntity } from './machine.entity.js';
import { MACHINE_STATUS_SQL, requestReference, subjectFrom } from './maintenance.mapper.js';
import { MaintenanceRequestsService } from './maintenance-requests.service.js';
import type { ReceivedFile } from '../../common/file-upload.js';
import { RequestImagesService } from './request-images.service.js';

type PortalReportInput = z.output<typeof PortalReportInputSchema>;
const WINDOW_MINUTES = 15;

/**
 * The public request portal behind each machine's QR label: anyone can see the machine and whether a
 * fault is already open, and report a problem (a New corrective request marked as from the portal),
 * a limited number of times per address.
 */
@Injectable()
export class PortalService {
  private readonly limit: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly requests: MaintenanceRequestsService,
    private readonly images: RequestImagesService,
    config: AppConfig,
  ) {
    this.limit = config.env.PORTAL_REPORT_LIMIT;
  }

  async machine(token: string): Promise<PortalMachine> {
    const [machine]: {
      id: string;
      name: string;
      code: string;
      building: string;
      area: string;
      status: PortalMachine['status'];
    }[] = await this.dataSource.query(
      `SELECT m.id, m.name, m.code, m.building, m.area, ${MACHINE_STATUS_SQL} AS status
           FROM machines m WHERE m.portal_token = $1 AND m.archived_at IS NULL`,
      [token],
    );
    if (!machine) throw new NotFoundError('Machine');
    const faults: { number: number; subject: string; status: 'New' | 'In Progress'; created_at: Date }[] =
      await this.dataSource.query(
        `SELECT number, subject, status, created_at FROM maintenance_requests
          WHERE machine_id = $1 AND type = 'Corrective' AND status IN ('New', 'In Progress') ORDER BY created_at DESC`,
        [machine.id],
      );
    return {
      name: machine.name,
      code: machine.code,
      building: machine.building,
      area: machine.area,
      status: machine.status,
      openFaults: faults.map((fault) => ({
        reference: requestReference(fault.number),
        subject: fault.subject,
        status: fault.status,
        reportedAt: fault.created_at.toISOString(),
      })),
    };
  }

  async report(
    token: string,
    input: PortalReportInput,
    photo: ReceivedFile | undefined,
    address: string,
  ): Promise<PortalReportResult> {
    return this.unitOfWork.run(async (work) => {
      const machine = await work.manager.findOneBy(MachineEntity, {
        portalToken: token,
        archivedAt: IsNull(),
      });
      if (!machine) throw new NotFoundError('Machine');
      // One report at a time per address, so concurrent posts cannot slip past the limit.
      await work.manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 4004))', [address]);
      const recent: { created_at: Date }[] = await work.manager.query(
        `SELECT created_at FROM maintenance_requests
          WHERE source = 'portal' AND reporter_address = $1 AND created_at > now() - make_interval(mins => $2)
          ORDER BY created_at DESC LIMIT $3`,
        [address, WINDOW_MINUTES, this.limit],
      );
      if (recent.length >= this.limit) {
        const liftsAt = recent[this.limit - 1].created_at.getTime() + WINDOW_MINUTES * 60_000;
        throw new TooManyRequestsError(
          `Too many reports from this address: try again in a few minutes, or tell the maintenance team directly`,
          Math.max(1, Math.ceil((liftsAt - Date.now()) / 1000)),
        );
      }
      const request = await this.requests.createIn(
        work,
        {
          type: 'Corrective',
          machineId: machine.id,
          subject: subjectFrom(input.description),
          description: input.description,
          severity: 'Medium',
          scheduledDate: null,
          recurrence: null,
          estimatedHours: null,
        },
        {
          label: input.name ? `${input.name} (request portal)` : 'Request portal',
          userId: null,
          isManager: false,
          source: 'portal',
          reporter: { name: input.name, contact: input.contact, address },
        },
      );
      if (photo) await this.images.store(work, request.id, photo, input.name || 'Request portal');
      return { reference: request.reference, machine: machine.name };
    });
  }
}
