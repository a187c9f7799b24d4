import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * The site's one connection to Sage Accounting (`id` is always `site`): its tokens, sealed with the
 * data directory's key (never stored in clear), when the access token expires, and the chosen business.
 */
@Entity({ name: 'sage_connections' })
export class SageConnectionEntity {
  @PrimaryColumn({ type: 'text', default: 'site' })
  id: string;

  @Column({ name: 'access_token_sealed', type: 'text' })
  accessTokenSealed: string;

  @Column({ name: 'refresh_token_sealed', type: 'text' })
  refreshTokenSealed: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'business_id', type: 'text', nullable: true })
  businessId: string | null;

  @Column({ name: 'business_name', type: 'text', nullable: true })
  businessName: string | null;

  @Column({ name: 'connected_by', type: 'text' })
  connectedBy: string;

  @CreateDateColumn({ name: 'connected_at', type: 'timestamptz' })
  connectedAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
