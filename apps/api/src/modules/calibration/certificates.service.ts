import { createReadStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import {
  CALIBRATION_NOTICE_DAYS,
  type Certificate,
  type CertificateListQuerySchema,
  type CreateCertificateInput,
  type Page,
  type RecomputeJob,
  type SensorCalibration,
  type UpdateCertificateInput,
} from '@factoryops/contracts';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { z } from 'zod';
import { createdFields, diffFields } from '../audit/audit-diff.js';
import { ConflictError, NotFoundError, ValidationError } from '../../common/domain-errors.js';
import { looksLikePdf, readHead } from '../../common/file-head.js';
import type { ReceivedFile } from '../../common/file-upload.js';
import { containsPattern } from '../../common/like-pattern.js';
import { fetchPage } from '../../common/paging.js';
import { daysBetween, dayIn } from '../../common/site-calendar.js';
import { AppConfig } from '../../config/app-config.js';
import { UnitOfWork, type Work } from '../../database/unit-of-work.js';
import { SensorEntity } from '../instruments/sensor.entity.js';
import { JobQueue } from '../jobs/job-queue.js';
import { CertificateEntity } from './certificate.entity.js';
import {
  certificateAuditSnapshot,
  RECORRECT_JOB,
  type RecorrectPayload,
  toCertificateDto,
  toRecomputeJobDto,
} from './certificate.mapper.js';

type ListQuery = z.output<typeof CertificateListQuerySchema>;

/** Fields that change what a certificate corrects: editing them recomputes stored readings. */
const CORRECTING_FIELDS = ['validFrom', 'temperaturePoints', 'humidityPoints'] as const;

/**
 * Calibration certificates: CRUD with audit, their PDF files on disk, the recompute job each change
 * that affects corrections queues (in the same transaction), and where each sensor's calibration stands.
 */
@Injectable()
export class CertificatesService {
  private readonly files: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly jobs: JobQueue,
    private readonly config: AppConfig,
  ) {
    this.files = path.join(config.env.DATA_DIR, 'uploads', 'calibration');
  }

  list(query: ListQuery): Promise<Page<Certificate>> {
    const builder = this.query(this.dataSource.manager);
    if (query.sensorId) builder.andWhere('c.sensor_id = :sensorId', { sensorId: query.sensorId });
    if (query.instrumentId)
      builder.andWhere('s.instrument_id = :instrumentId', { instrumentId: query.instrumentId });
    if (query.search)
      builder.andWhere('(c.number ILIKE :search OR c.laboratory ILIKE :search OR s.name ILIKE :search)', {
        search: containsPattern(query.search),
      });
    builder.orderBy('c.valid_from', 'DESC').addOrderBy('c.id', 'DESC');
    return fetchPage(builder, query, (certificate, raw) => toCertificateDto(withRaw(certificate, raw)));
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<Certificate> {
    const { entities, raw } = await this.query(manager).where('c.id = :id', { id }).getRawAndEntities();
    const certificate = entities[0];
    if (!certificate) throw new NotFoundError('Certificate', id);
    return toCertificateDto(withRaw(certificate, raw[0] ?? {}));
  }

  async create(input: CreateCertificateInput): Promise<Certificate> {
    const result = await this.unitOfWork.run(async (work) => {
      const sensor = await work.manager.findOneBy(SensorEntity, { id: input.sensorId });
      if (!sensor) throw new ValidationError([{ path: 'sensorId', message: 'No such sensor' }]);
      const validFrom = new Date(input.validFrom);
      await this.refuseSameStart(work.manager, input.sensorId, validFrom);
      const certificate = await work.manager.save(
        work.manager.create(CertificateEntity, {
          sensorId: input.sensorId,
          number: input.number,
          calibratedOn: input.calibratedOn,
          validFrom,
          dueOn: input.dueOn,
          laboratory: input.laboratory ?? '',
          notes: input.notes ?? '',
          temperaturePoints: input.temperaturePoints ?? [],
          humidityPoints: input.humidityPoints ?? [],
          fileName: null,
          fileSize: null,
        }),
      );
      await work.audit({
        entityType: 'calibration_certificate',
        entityId: certificate.id,
        action: 'create',
        changes: createdFields(certificateAuditSnapshot(certificate)),
      });
      await this.queueRecompute(work, certificate, validFrom);
      return this.get(certificate.id, work.manager);
    });
    this.jobs.wake();
    return result;
  }

  async update(id: string, input: UpdateCertificateInput): Promise<Certificate> {
    const result = await this.unitOfWork.run(async (work) => {
      const certificate = await this.lock(work.manager, id);
      if (input.version !== undefined && input.version !== certificate.version)
        throw new ConflictError('Someone else changed this certificate meanwhile; reload it and try again');
      const before = { ...certificate };
      const snapshot = certificateAuditSnapshot(certificate);
      const { version: _version, validFrom, ...fields } = input;
      Object.assign(certificate, fields);
      if (validFrom !== undefined) certificate.validFrom = new Date(validFrom);
      if (certificate.dueOn <= certificate.calibratedOn)
        throw new ValidationError([{ path: 'dueOn', message: 'The next calibration is due after this one' }]);
      if (certificate.validFrom.getTime() !== before.validFrom.getTime())
        await this.refuseSameStart(work.manager, certificate.sensorId, certificate.validFrom, id);
      await work.manager.save(certificate);
      await work.audit({
        entityType: 'calibration_certificate',
        entityId: id,
        action: 'update',
        changes: diffFields(snapshot, certificateAuditSnapshot(certificate)),
      });
      const correctionChanged = CORRECTING_FIELDS.some(
        (field) => JSON.stringify(before[field]) !== JSON.stringify(certificate[field]),
      );
      if (correctionChanged) {
        const starts = [before.validFrom.getTime(), certificate.validFrom.getTime()];
        await this.queueRecompute(
          work,
          certificate,
          new Date(Math.min(...starts)),
          new Date(Math.max(...starts)),
        );
      } else this.announce(work, certificate.sensorId, id);
      return this.get(id, work.manager);
    });
    this.jobs.wake();
    return result;
  }

  /** Refused once the certificate corrected stored readings: a newer certificate supersedes it instead. */
  async remove(id: string): Promise<void> {
    const fileName = await this.unitOfWork.run(async (work) => {
      const certificate = await this.lock(work.manager, id);
      const until = await this.nextStart(work.manager, certificate.sensorId, certificate.validFrom, id);
      const [{ corrected }] = await work.manager.query(
        `SELECT EXISTS (SELECT 1 FROM readings WHERE sensor_id = $1 AND time >= $2 AND ($3::timestamptz IS NULL OR time < $3)) AS corrected`,
        [certificate.sensorId, certificate.validFrom, until],
      );
      if (corrected)
        throw new ConflictError(
          `Certificate ${certificate.number} corrected stored readings and is part of their record; add a newer certificate to supersede it`,
        );
      await work.manager.delete(CertificateEntity, { id });
      await work.audit({
        entityType: 'calibration_certificate',
        entityId: id,
        action: 'delete',
        changes: diffFields(certificateAuditSnapshot(certificate), {}),
      });
      this.announce(work, certificate.sensorId, id);
      return certificate.fileName === null ? null : this.filePath(id);
    });
    if (fileName) await rm(fileName, { force: true });
  }

  async attachFile(id: string, file: ReceivedFile | undefined): Promise<Certificate> {
    if (!file) throw new ValidationError([{ path: 'file', message: 'Attach the certificate as a PDF file' }]);
    if (!looksLikePdf(await readHead(file.path, 1024)))
      throw new ValidationError([{ path: 'file', message: 'The certificate file must be a PDF' }]);
    // The upload waits aside, and is put in place once the change committed: a failed save keeps the old file.
    await mkdir(this.files, { recursive: true });
    const result = await this.unitOfWork.run(async (work) => {
      const certificate = await this.lock(work.manager, id);
      const previous = certificate.fileName;
      certificate.fileName = file.originalname.toLowerCase().endsWith('.pdf')
        ? file.originalname
        : `${file.originalname}.pdf`;
      certificate.fileSize = file.size;
      await work.manager.save(certificate);
      await work.audit({
        entityType: 'calibration_certificate',
        entityId: id,
        action: 'attach',
        changes: { file: { from: previous, to: certificate.fileName } },
      });
      this.announce(work, certificate.sensorId, id);
      return this.get(id, work.manager);
    });
    await rename(file.path, this.filePath(id));
    return result;
  }

  async detachFile(id: string): Promise<Certificate> {
    const result = await this.unitOfWork.run(async (work) => {
      const certificate = await this.lock(work.manager, id);
      if (certificate.fileName === null) throw new NotFoundError('Certificate file');
      await work.audit({
        entityType: 'calibration_certificate',
        entityId: id,
        action: 'detach',
        changes: { file: { from: certificate.fileName, to: null } },
      });
      certificate.fileName = null;
      certificate.fileSize = null;
      await work.manager.save(certificate);
      this.announce(work, certificate.sensorId, id);
      return this.get(id, work.manager);
    });
    await rm(this.filePath(id), { force: true });
    return result;
  }

  async openFile(id: string): Promise<{ name: string; stream: Readable }> {
    const certificate = await this.dataSource.manager.findOneBy(CertificateEntity, { id });
    if (!certificate?.fileName) throw new NotFoundError('Certificate file');
    return { name: certificate.fileName, stream: createReadStream(this.filePath(id)) };
  }

  /** Every active sensor with its current certificate and how close its next calibration is. */
  async sensorStandings(): Promise<SensorCalibration[]> {
    const rows: {
      sensor_id: string;
      sensor_name: string;
      instrument_id: string;
      instrument_name: string;
      location: string;
      certificate_id: string | null;
      number: string | null;
      due_on: string | null;
    }[] = await this.dataSource.query(
      `SELECT s.id AS sensor_id, s.name AS sensor_name, i.id AS instrument_id, i.name AS instrument_name,
              COALESCE(NULLIF(s.location, ''), i.location) AS location, c.id AS certificate_id, c.number, c.due_on::text
         FROM sensors s JOIN instruments i ON i.id = s.instrument_id
         LEFT JOIN LATERAL (SELECT id, number, due_on FROM calibration_certificates
                             WHERE sensor_id = s.id AND valid_from <= now() ORDER BY valid_from DESC LIMIT 1) c ON true
        WHERE s.active AND i.retired_at IS NULL
        ORDER BY c.due_on NULLS FIRST, i.name, s.channel`,
    );
    const today = dayIn(new Date(), this.config.env.SITE_TIME_ZONE);
    return rows.map((row) => {
      const daysLeft = row.due_on === null ? null : daysBetween(today, row.due_on);
      return {
        sensorId: row.sensor_id,
        sensorName: row.sensor_name,
        instrumentId: row.instrument_id,
        instrumentName: row.instrument_name,
        location: row.location,
        certificateId: row.certificate_id,
        certificateNumber: row.number,
        dueOn: row.due_on,
        daysLeft,
        standing:
          daysLeft === null
            ? 'none'
            : daysLeft < 0
              ? 'overdue'
              : daysLeft <= CALIBRATION_NOTICE_DAYS
                ? 'due-soon'
                : 'valid',
      };
    });
  }

  async recomputeJobs(sensorId?: string): Promise<RecomputeJob[]> {
    return (await this.jobs.list(RECORRECT_JOB, sensorId)).map(toRecomputeJobDto);
  }

  private query(manager: EntityManager): SelectQueryBuilder<CertificateEntity> {
    return manager
      .createQueryBuilder(CertificateEntity, 'c')
      .innerJoin('sensors', 's', 's.id = c.sensor_id')
      .innerJoin('instruments', 'i', 'i.id = s.instrument_id')
      .addSelect('s.name', 'sensor_name')
      .addSelect('i.id', 'instrument_id')
      .addSelect('i.name', 'instrument_name')
      .addSelect(
        '(SELECT min(n.valid_from) FROM calibration_certificates n WHERE n.sensor_id = c.sensor_id AND n.valid_from > c.valid_from)',
        'valid_until',
      );
  }

  private async lock(manager: EntityManager, id: string): Promise<CertificateEntity> {
    const certificate = await manager.findOne(CertificateEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!certificate) throw new NotFoundError('Certificate', id);
    return certificate;
  }

  private async refuseSameStart(manager: EntityManager, sensorId: string, validFrom: Date, except?: string) {
    const clash = await manager
      .createQueryBuilder(CertificateEntity, 'c')
      .where('c.sensor_id = :sensorId AND c.valid_from = :validFrom', { sensorId, validFrom })
      .andWhere(except ? 'c.id <> :except' : 'true', { except })
      .getOne();
    if (clash)
      throw new ConflictError(
        `Certificate ${clash.number} of this sensor already starts at that moment; choose another start or fix that one`,
        'validFrom',
      );
  }

  /** When the next certificate of the sensor starts after `after` (null when none does). */
  private async nextStart(
    manager: EntityManager,
    sensorId: string,
    after: Date,
    except: string,
  ): Promise<Date | null> {
    const [row] = await manager.query(
      'SELECT min(valid_from) AS next FROM calibration_certificates WHERE sensor_id = $1 AND valid_from > $2 AND id <> $3',
      [sensorId, after, except],
    );
    return row?.next ?? null;
  }

  /**
   * Queues the recomputation of the readings whose certificate may have changed: from `from` up to the
   * next certificate starting after `latestStart` (which the change did not touch).
   */
  private async queueRecompute(work: Work, certificate: CertificateEntity, from: Date, latestStart = from) {
    const until = await this.nextStart(work.manager, certificate.sensorId, latestStart, certificate.id);
    const payload: RecorrectPayload = {
      sensorId: certificate.sensorId,
      certificateId: certificate.id,
      from: from.toISOString(),
      until: until?.toISOString() ?? null,
    };
    const job = await this.jobs.enqueue(work.manager, RECORRECT_JOB, certificate.sensorId, { ...payload });
    work.emitAfterCommit({
      type: 'calibration.changed',
      payload: {
        sensorId: certificate.sensorId,
        certificateId: certificate.id,
        certificatesChanged: true,
        job: toRecomputeJobDto(job),
        at: new Date().toISOString(),
      },
    });
  }

  /** Tells clients (and the corrector) that a sensor's certificates changed. */
  private announce(work: Work, sensorId: string, certificateId: string) {
    work.emitAfterCommit({
      type: 'calibration.changed',
      payload: {
        sensorId,
        certificateId,
        certificatesChanged: true,
        job: null,
        at: new Date().toISOString(),
      },
    });
  }

  private filePath(id: string): string {
    return path.join(this.files, `${id}.pdf`);
  }
}

function withRaw(certificate: CertificateEntity, raw: Record<string, unknown>) {
  return {
    certificate,
    sensorName: String(raw.sensor_name ?? ''),
    instrumentId: String(raw.instrument_id ?? ''),
    instrumentName: String(raw.instrument_name ?? ''),
    validUntil: raw.valid_until ? new Date(raw.valid_until as string | Date) : null,
  };
}
