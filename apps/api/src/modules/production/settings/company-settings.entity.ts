import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** The id of the one row. */
export const COMPANY = 'company';

/**
 * The shop's own details printed on quotes and invoices (and read by messages, `{{company_name}}`): one
 * row, id 1, made by its migration. The logo is a PNG under DATA_DIR/uploads/production/settings, named
 * by `logo_sha256`.
 */
@Entity({ name: 'production_company_settings' })
@Check(`id = '${COMPANY}'`)
export class CompanySettingsEntity {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ name: 'company_name', type: 'text', default: '' })
  companyName: string;

  @Column({ type: 'text', default: '' })
  address: string;

  @Column({ type: 'text', default: '' })
  email: string;

  @Column({ type: 'text', default: '' })
  phone: string;

  @Column({ name: 'vat_number', type: 'text', default: '' })
  vatNumber: string;

  @Column({ name: 'bank_details', type: 'text', default: '' })
  bankDetails: string;

  @Column({ name: 'logo_sha256', type: 'text', nullable: true })
  logoSha256: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
