import { createReadStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import {
  CHECKSUM_HEADER,
  type CreateSoftwareInputSchema,
  type CreateSoftwareVersionInputSchema,
  type Page,
  PackageChecksumSchema,
  type Software,
  type SoftwareDetail,
  type SoftwareListQuerySchema,
  type SoftwareVersion,
  type UpdateSoftwareInput,
  type UpdateSoftwareVersionInput,
} from '@factoryops/contracts';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { z } from 'zod';
import { ConflictError, NotFoundError, ValidationError } from '../../../common/domain-errors.js';
import { sha256Of } from '../../../common/file-sha256.js';
import type { ReceivedFile } from '../../../common/file-upload.js';
import { containsPattern } from '../../../common/like-pattern.js';
import { fetchPage } from '../../../common/paging.js';
import { applyPatch } from '../../../common/patch.js';
import { type Principal, principalLabel } from '../../../common/principal.js';
import { AppConfig } from '../../../config/app-config.js';
import { lockForChange } from '../../../database/locked-row.js';
import { refusingDuplicate } from '../../../database/unique-violation.js';
import { UnitOfWork } from '../../../database/unit-of-work.js';
import { createdFields, diffFields } from '../../audit/audit-diff.js';
import {
  softwareAuditSnapshot,
  softwareVersionAuditSnapshot,
  toSoftwareDto,
  toSoftwareVersionDto,
} from './software.mapper.js';
import { SOFTWARE_NAME_INDEX, SoftwareEntity } from './software.entity.js';
import { SOFTWARE_VERSION_INDEX, SoftwareVersionEntity } from './software-version.entity.js';
import { highestFirst, normalisedVersion } from './version-number.js';

type ListQuery = z.output<typeof SoftwareListQuerySchema>;
type CreateInput = z.output<typeof CreateSoftwareInputSchema>;
type CreateVersionInput = z.output<typeof CreateSoftwareVersionInputSchema>;

const nameTaken = (name: string) => new ConflictError(`There is already software named ${name}`, 'name');
const versionTaken = (number: string) =>
  new ConflictError(`Version ${number} of this software already exists`, 'versionNumber');

/** The version number as stored, or 400 naming `versionNumber`. */
function semverOf(text: string): string {
  const version = normalisedVersion(text);
  if (!version)
    throw new ValidationError([
      { path: 'versionNumber', message: `${text} is not a semantic version (MAJOR.MINOR.PATCH, like 2.5.0)` },
    ]);
  return version;
}

/** A package file on disk: its stored path and what a download says of it. */
export interface OpenedPackage {
  fileName: string;
  size: number;
  sha256: string;
  stream: Readable;
}

/**
 * The software catalogue (seed 003): software, its versions ordered by semver, and each version's
 * package file — streamed to DATA_DIR/uploads/fleet as it arrives, hashed (SHA-256) and measured here,
 * refused when the checksum the client sent differs.
 */
@Injectable()
export class SoftwareService {
  private readonly root: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    config: AppConfig,
  ) {
    this.root = path.join(config.env.DATA_DIR, 'uploads', 'fleet');
  }

  async list(query: ListQuery): Promise<Page<Software>> {
    const builder = this.dataSource.getRepository(SoftwareEntity).createQueryBuilder('s');
    if (query.q)
      builder.andWhere(
        '(s.name ILIKE :q OR s.vendor ILIKE :q OR s.platform ILIKE :q OR s.description ILIKE :q)',
        { q: containsPattern(query.q) },
      );
    if (query.category) builder.andWhere('s.category = :category', { category: query.category });
    if (query.active) builder.andWhere('s.active = :active', { active: query.active === 'true' });
    builder.orderBy('lower(s.name)', 'ASC').addOrderBy('s.id', 'ASC');
    const page = await fetchPage(builder, query, (software) => software);
    const ids = page.items.map((software) => software.id);
    const versions =
      ids.length === 0
        ? []
        : await this.dataSource.getRepository(SoftwareVersionEntity).find({
            select: { softwareId: true, versionNumber: true, channel: true },
            where: { softwareId: In(ids) },
          });
    return {
      items: page.items.map((software) =>
        toSoftwareDto(software, summary(versions.filter((v) => v.softwareId === software.id))),
      ),
      total: page.total,
    };
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<SoftwareDetail> {
    const software = await manager.findOneBy(SoftwareEntity, { id });
    if (!software) throw new NotFoundError('Software', id);
    const versions = await manager.findBy(SoftwareVersionEntity, { softwareId: id });
    return {
      ...toSoftwareDto(software, summary(versions)),
      versions: highestFirst(versions, (v) => v.versionNumber).map(toSoftwareVersionDto),
    };
  }

  create(input: CreateInput, principal: Principal): Promise<SoftwareDetail> {
    return this.unitOfWork.run(async (work) => {
      const { id } = await refusingDuplicate(
        work.manager.save(
          work.manager.create(SoftwareEntity, { ...input, createdBy: principalLabel(principal) }),
        ),
        { [SOFTWARE_NAME_INDEX]: () => nameTaken(input.name) },
      );
      const software = await work.manager.findOneByOrFail(SoftwareEntity, { id });
      await work.audit({
        entityType: 'fleet_software',
        entityId: id,
        action: 'create',
        changes: createdFields(softwareAuditSnapshot(software)),
      });
      return this.get(id, work.manager);
    });
  }

  update(id: string, input: UpdateSoftwareInput): Promise<SoftwareDetail> {
    return this.unitOfWork.run(async (work) => {
      const software = await lockForChange(work.manager, SoftwareEntity, id, input.version, 'Software');
      const before = softwareAuditSnapshot(software);
      const { version: _, ...changes } = input;
      applyPatch(software, changes);
      await refusingDuplicate(work.manager.save(software), {
        [SOFTWARE_NAME_INDEX]: () => nameTaken(software.name),
      });
      const changed = diffFields(before, softwareAuditSnapshot(software));
      if (Object.keys(changed).length > 0)
        await work.audit({ entityType: 'fleet_software', entityId: id, action: 'update', changes: changed });
      return this.get(id, work.manager);
    });
  }

  /**
   * The software and its versions (by cascade), and then their package files. Once installations
   * exist, a version an installation refers to keeps its software: this is where that 409 belongs.
   */
  async remove(id: string): Promise<void> {
    const files = await this.unitOfWork.run(async (work) => {
      const software = await lockForChange(work.manager, SoftwareEntity, id, undefined, 'Software');
      const versions = await work.manager.findBy(SoftwareVersionEntity, { softwareId: id });
      await work.manager.delete(SoftwareEntity, { id });
      await work.audit({
        entityType: 'fleet_software',
        entityId: id,
        action: 'delete',
        changes: diffFields(
          { ...softwareAuditSnapshot(software), versions: versions.map((v) => v.versionNumber) },
          {},
        ),
      });
      return versions.map((version) => this.fileOf(version)).filter((file) => file !== null);
    });
    for (const file of files) await rm(file, { force: true });
  }

  addVersion(softwareId: string, input: CreateVersionInput, principal: Principal): Promise<SoftwareVersion> {
    const versionNumber = semverOf(input.versionNumber);
    return this.unitOfWork.run(async (work) => {
      // The software's row is locked so that it cannot be deleted while its version is being added.
      await lockForChange(work.manager, SoftwareEntity, softwareId, undefined, 'Software');
      const { id } = await refusingDuplicate(
        work.manager.save(
          work.manager.create(SoftwareVersionEntity, {
            ...input,
            softwareId,
            versionNumber,
            releasedAt: input.releasedAt ? new Date(input.releasedAt) : null,
            createdBy: principalLabel(principal),
          }),
        ),
        { [SOFTWARE_VERSION_INDEX]: () => versionTaken(versionNumber) },
      );
      const version = await work.manager.findOneByOrFail(SoftwareVersionEntity, { id });
      await work.audit({
        entityType: 'fleet_software_version',
        entityId: id,
        action: 'create',
        changes: createdFields(softwareVersionAuditSnapshot(version)),
      });
      return toSoftwareVersionDto(version);
    });
  }

  updateVersion(
    softwareId: string,
    versionId: string,
    input: UpdateSoftwareVersionInput,
  ): Promise<SoftwareVersion> {
    const versionNumber = input.versionNumber === undefined ? undefined : semverOf(input.versionNumber);
    return this.unitOfWork.run(async (work) => {
      const version = await this.lockVersion(work.manager, softwareId, versionId, input.version);
      const before = softwareVersionAuditSnapshot(version);
      const { version: _, releasedAt, ...changes } = input;
      applyPatch(version, { ...changes, versionNumber });
      if (releasedAt !== undefined) version.releasedAt = releasedAt ? new Date(releasedAt) : null;
      await refusingDuplicate(work.manager.save(version), {
        [SOFTWARE_VERSION_INDEX]: () => versionTaken(version.versionNumber),
      });
      const stored = await work.manager.findOneByOrFail(SoftwareVersionEntity, { id: versionId });
      const changed = diffFields(before, softwareVersionAuditSnapshot(stored));
      if (Object.keys(changed).length > 0)
        await work.audit({
          entityType: 'fleet_software_version',
          entityId: versionId,
          action: 'update',
          changes: changed,
        });
      return toSoftwareVersionDto(stored);
    });
  }

  /** A version and its package file. Once installations exist, one they refer to is kept (409). */
  async removeVersion(softwareId: string, versionId: string): Promise<void> {
    const file = await this.unitOfWork.run(async (work) => {
      const version = await this.lockVersion(work.manager, softwareId, versionId, undefined);
      await work.manager.delete(SoftwareVersionEntity, { id: versionId });
      await work.audit({
        entityType: 'fleet_software_version',
        entityId: versionId,
        action: 'delete',
        changes: diffFields(softwareVersionAuditSnapshot(version), {}),
      });
      return this.fileOf(version);
    });
    if (file) await rm(file, { force: true });
  }

  /**
   * Keeps `file` as the version's package (replacing an earlier one), with the size and SHA-256 it has
   * on disk; a `checksum` sent by the client that differs refuses it (400) and nothing is kept.
   */
  async attachPackage(
    softwareId: string,
    versionId: string,
    file: ReceivedFile | undefined,
    checksumHeader: string | undefined,
  ): Promise<SoftwareVersion> {
    if (!file)
      throw new ValidationError([
        { path: 'file', message: 'Attach the package in the multipart field "file"' },
      ]);
    const checksum = PackageChecksumSchema.safeParse(checksumHeader);
    if (!checksum.success)
      throw new ValidationError([{ path: CHECKSUM_HEADER, message: checksum.error.issues[0].message }]);
    const sha256 = await sha256Of(file.path);
    if (checksum.data !== undefined && checksum.data !== sha256)
      throw new ValidationError(
        [
          {
            path: CHECKSUM_HEADER,
            message: `The file received hashes to ${sha256}, not to the checksum sent: it was damaged on the way`,
          },
        ],
        'The package does not match its checksum',
      );
    const fileName = path.basename(file.originalname.replaceAll('\\', '/')).trim() || 'package';
    await mkdir(this.root, { recursive: true });
    const { version, replaced } = await this.unitOfWork.run(async (work) => {
      const version = await this.lockVersion(work.manager, softwareId, versionId, undefined);
      const before = softwareVersionAuditSnapshot(version);
      const replaced = this.fileOf(version);
      Object.assign(version, {
        fileName,
        fileSize: file.size,
        fileSha256: sha256,
        fileUploadedAt: new Date(),
      });
      const stored = this.fileOf(version) as string;
      await work.manager.save(version);
      if (stored !== replaced) work.onRollback(() => rm(stored, { force: true }));
      await rename(file.path, stored);
      await work.audit({
        entityType: 'fleet_software_version',
        entityId: versionId,
        action: 'attach',
        changes: diffFields(before, softwareVersionAuditSnapshot(version)),
      });
      return { version, replaced: replaced === stored ? null : replaced };
    });
    if (replaced) await rm(replaced, { force: true });
    return toSoftwareVersionDto(version);
  }

  async openPackage(softwareId: string, versionId: string): Promise<OpenedPackage> {
    const version = await this.dataSource.manager.findOneBy(SoftwareVersionEntity, {
      id: versionId,
      softwareId,
    });
    if (!version) throw new NotFoundError('Software version', versionId);
    const file = this.fileOf(version);
    if (!file || version.fileName === null || version.fileSize === null || !version.fileSha256)
      throw new NotFoundError(`The package of version ${version.versionNumber}`);
    return {
      fileName: version.fileName,
      size: version.fileSize,
      sha256: version.fileSha256,
      stream: createReadStream(file),
    };
  }

  private async lockVersion(
    manager: EntityManager,
    softwareId: string,
    versionId: string,
    expected: number | undefined,
  ): Promise<SoftwareVersionEntity> {
    const version = await lockForChange(
      manager,
      SoftwareVersionEntity,
      versionId,
      expected,
      'Software version',
    );
    if (version.softwareId !== softwareId) throw new NotFoundError('Software version', versionId);
    return version;
  }

  /** Where a version's package lives: named by the version and its hash, so a new upload never overwrites. */
  private fileOf(version: SoftwareVersionEntity): string | null {
    return version.fileSha256
      ? path.join(this.root, `${version.id}-${version.fileSha256.slice(0, 16)}`)
      : null;
  }
}

/** How many versions, and the highest stable one. */
function summary(versions: Pick<SoftwareVersionEntity, 'versionNumber' | 'channel'>[]) {
  const stable = highestFirst(
    versions.filter((v) => v.channel === 'stable'),
    (v) => v.versionNumber,
  );
  return { count: versions.length, latestStable: stable[0]?.versionNumber ?? null };
}
