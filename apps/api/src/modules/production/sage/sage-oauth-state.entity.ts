import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A `state` handed to Sage's authorization page, kept (as its SHA-256) until the callback uses it once
 * or it expires, with the redirect address the code exchange must repeat and who started it.
 */
@Entity({ name: 'sage_oauth_states' })
export class SageOauthStateEntity {
  @PrimaryColumn({ name: 'state_hash', type: 'text' })
  stateHash: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'redirect_uri', type: 'text' })
  redirectUri: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
