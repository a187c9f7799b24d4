import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Injectable } from '@nestjs/common';
import type { CompanySettings, UpdateCompanySettingsInput } from '@factoryops/contracts';
import sharp from 'sharp';
import { DataSource, type EntityManager } from 'typeorm';
import { NotFoundError, ValidationError } from '../../../common/domain-errors.js';
import { readHead } from '../../../common/file-head.js';
import type { ReceivedFile } from '../../../common/file-upload.js';
import { applyPatch } from '../../../common/patch.js';
import { AppConfig } from '../../../config/app-config.js';
import { lockForChange } from '../../../database/locked-row.js';
import { UnitOfWork, type Work } from '../../../database/unit-of-work.js';
import { diffFields } from '../../audit/audit-diff.js';
import { designFileContent, HEAD_BYTES } from '../design-files/design-file-content.js';
import { announceProductionChange } from '../production-changes.js';
import { COMPANY, CompanySettingsEntity } from './company-settings.entity.js';

/** The logo as stored: a PNG at most this many pixels on its longer side (plenty for a document's header). */
const LOGO_PX = 800;
const MAX_PIXELS = 50_000_000;

/** The company's details and its logo (bytes), as documents print them. */
export interface CompanyDetails extends CompanySettings {
  logo: Buffer | null;
}

const toDto = (row: CompanySettingsEntity): CompanySettings => ({
  companyName: row.companyName,
  address: row.address,
  email: row.email,
  phone: row.phone,
  vatNumber: row.vatNumber,
  bankDetails: row.bankDetails,
  logoSha256: row.logoSha256,
  updatedAt: row.updatedAt.toISOString(),
  version: row.version,
});

const auditSnapshot = ({ updatedAt: _, version: __, ...fields }: CompanySettings) => fields;

/**
 * Production settings: the company details printed on quotes and invoices (name, address, contact, VAT
 * number, bank details, logo). One row, edited by who manages billing; messages read it too.
 */
@Injectable()
export class CompanySettingsService {
  private readonly logoDir: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    config: AppConfig,
  ) {
    this.logoDir = path.join(config.env.DATA_DIR, 'uploads', 'production', 'settings');
  }

  async get(manager: EntityManager = this.dataSource.manager): Promise<CompanySettings> {
    return toDto(await manager.getRepository(CompanySettingsEntity).findOneByOrFail({ id: COMPANY }));
  }

  /** The details with the logo's bytes, for a document. */
  async details(manager: EntityManager = this.dataSource.manager): Promise<CompanyDetails> {
    const settings = await this.get(manager);
    return { ...settings, logo: settings.logoSha256 ? await this.readLogo(settings.logoSha256) : null };
  }

  update(input: UpdateCompanySettingsInput): Promise<CompanySettings> {
    return this.change(input.version, (row) => {
      const { version: _, ...changes } = input;
      applyPatch(row, changes);
    });
  }

  /** A PNG or JPEG logo (checked by content), stored as a PNG of at most 800 px under DATA_DIR. */
  async uploadLogo(file: ReceivedFile | undefined): Promise<CompanySettings> {
    const refused = (message: string) => new ValidationError([{ path: 'file', message }]);
    if (!file) throw refused('Attach a PNG or JPEG logo in the field "file"');
    const content = designFileContent(file.originalname, await readHead(file.path, HEAD_BYTES));
    if ('refused' in content || content.kind !== 'image')
      throw refused('The logo must be a PNG or JPEG image, named with its extension');
    const png = await sharp(file.path, { limitInputPixels: MAX_PIXELS })
      .rotate()
      .resize(LOGO_PX, LOGO_PX, { fit: 'inside', withoutEnlargement: true })
      .png()
      .toBuffer()
      .catch(() => {
        throw refused('This image cannot be read: it is damaged or not an image');
      });
    const sha256 = createHash('sha256').update(png).digest('hex');
    await mkdir(this.logoDir, { recursive: true });
    return this.change(undefined, async (row, work) => {
      const stored = this.logoPath(sha256);
      work.onRollback(() => rm(stored, { force: true }));
      await writeFile(stored, png);
      row.logoSha256 = sha256;
    });
  }

  removeLogo(): Promise<CompanySettings> {
    return this.change(undefined, (row) => {
      row.logoSha256 = null;
    });
  }

  /** The logo as stored (PNG); 404 without one. */
  async logo(): Promise<Buffer> {
    const { logoSha256 } = await this.get();
    if (!logoSha256) throw new NotFoundError('Company logo');
    return this.readLogo(logoSha256);
  }

  /** Locks the row, applies `edit`, saves and audits it; a logo replaced is removed once that committed. */
  private async change(
    version: number | undefined,
    edit: (row: CompanySettingsEntity, work: Work) => void | Promise<void>,
  ): Promise<CompanySettings> {
    const { before, after } = await this.unitOfWork.run(async (work) => {
      const row = await lockForChange(
        work.manager,
        CompanySettingsEntity,
        COMPANY,
        version,
        'Company settings',
      );
      const before = toDto(row);
      await edit(row, work);
      const after = toDto(await work.manager.save(row));
      const changes = diffFields(auditSnapshot(before), auditSnapshot(after));
      if (Object.keys(changes).length > 0) {
        await work.audit({ entityType: 'production_settings', entityId: COMPANY, action: 'update', changes });
        announceProductionChange(work, 'company_settings', COMPANY, 'update');
      }
      return { before, after };
    });
    if (before.logoSha256 && before.logoSha256 !== after.logoSha256)
      await rm(this.logoPath(before.logoSha256), { force: true });
    return after;
  }

  private logoPath(sha256: string): string {
    return path.join(this.logoDir, `logo-${sha256}.png`);
  }

  private readLogo(sha256: string): Promise<Buffer> {
    return readFile(this.logoPath(sha256));
  }
}
