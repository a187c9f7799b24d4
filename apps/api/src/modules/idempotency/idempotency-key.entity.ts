import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A POST made with an `Idempotency-Key` header, and the answer it got, so a retry gets the same answer. */
@Entity({ name: 'idempotency_keys' })
export class IdempotencyKeyEntity {
  /** `user:<id>` or `api_key:<id>`: keys are scoped to their caller. */
  @PrimaryColumn({ name: 'caller', type: 'text' })
  caller: string;

  @PrimaryColumn({ type: 'text' })
  key: string;

  /** Method, path and a hash of the body: the same key with another request is refused. */
  @Column({ type: 'text' })
  fingerprint: string;

  @Column({ name: 'response', type: 'jsonb', nullable: true })
  response: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
