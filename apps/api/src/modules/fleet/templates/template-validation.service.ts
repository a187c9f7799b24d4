import { Injectable } from '@nestjs/common';
import type { JsonTemplateType } from '@factoryops/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { NotFoundError } from '../../../common/domain-errors.js';
import { JsonTemplateEntity } from './json-template.entity.js';
import { JsonSchemaValidator, type SchemaViolation } from './json-schema-validator.js';

/** Which template a value must match: by id, or by its type and name (`device_config`, `Mask tester`). */
export type TemplateRef = { templateId: string } | { type: JsonTemplateType; name: string };

/**
 * Checks a value against a stored template's schema, for the fleet parts whose JSON follows a template
 * (device configurations, test flows, software configurations). The compiled schema is cached by the
 * template's id and version, so an edited template is recompiled once and an unchanged one never.
 *
 * ```ts
 * // in a service, inside its transaction: a 400 naming `configuration`, with each error's JSON pointer
 * await this.templateValidation.assertValid({ type: 'device_config', name: device.type }, input.configuration,
 *   'configuration', work.manager);
 * // or, to show the problems without refusing:
 * const violations = await this.templateValidation.validate({ templateId }, value); // [{ pointer, message }]
 * ```
 */
@Injectable()
export class TemplateValidation {
  constructor(
    private readonly dataSource: DataSource,
    private readonly validator: JsonSchemaValidator,
  ) {}

  /** What is wrong with `value` against the template's schema (empty when valid); 404 for no such template. */
  async validate(
    ref: TemplateRef,
    value: unknown,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SchemaViolation[]> {
    const template = await this.templateOf(ref, manager);
    return this.validator.violations(template.schema, value, `${template.id}@${template.version}`);
  }

  /** Throws a 400 naming `field` (each error with its pointer) unless `value` matches the template's schema. */
  async assertValid(
    ref: TemplateRef,
    value: unknown,
    field: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    const template = await this.templateOf(ref, manager);
    this.validator.assertValid(template.schema, value, field, `${template.id}@${template.version}`);
  }

  private async templateOf(ref: TemplateRef, manager: EntityManager): Promise<JsonTemplateEntity> {
    const repository = manager.getRepository(JsonTemplateEntity);
    const template =
      'templateId' in ref
        ? await repository.findOneBy({ id: ref.templateId })
        : await repository
            .createQueryBuilder('t')
            .where('t.type = :type AND lower(t.name) = lower(:name)', ref)
            .getOne();
    if (!template)
      throw new NotFoundError('Template', 'templateId' in ref ? ref.templateId : `${ref.type} "${ref.name}"`);
    return template;
  }
}
