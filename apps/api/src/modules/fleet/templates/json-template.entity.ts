import type { JsonTemplateType } from '@factoryops/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** The unique index on the name (whatever its case), whose violation is a 409 naming `name`. */
export const JSON_TEMPLATE_NAME_INDEX = 'UQ_fleet_json_templates_name';

/**
 * A reusable JSON template (seed 003 `json_templates`): a JSON Schema and default values valid against
 * it, for a test flow, a device's or software's configuration, or a test scenario. `schema` and
 * `defaults` are `json`, not `jsonb`, so that their keys keep the order they were written in (a form
 * shows the properties in that order).
 */
@Entity({ name: 'fleet_json_templates' })
@Index(JSON_TEMPLATE_NAME_INDEX, { synchronize: false })
@Index(['type', 'category'])
export class JsonTemplateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  type: JsonTemplateType;

  @Column({ type: 'text', default: '' })
  category: string;

  /** A JSON Schema (`JsonSchemaDocument`; typed loosely here, as TypeORM's find types do not take recursive ones). */
  @Column({ type: 'json' })
  schema: Record<string, unknown> | boolean;

  /** A JSON value (`JsonValue`), valid against `schema`. */
  @Column({ type: 'json' })
  defaults: unknown;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
