import { Injectable } from '@nestjs/common';
import type {
  CreateJsonTemplateInputSchema,
  JsonSchemaDocument,
  JsonTemplate,
  JsonTemplateListQuerySchema,
  JsonValue,
  Page,
  UpdateJsonTemplateInput,
} from '@factoryops/contracts';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { ConflictError, NotFoundError } from '../../../common/domain-errors.js';
import { containsPattern } from '../../../common/like-pattern.js';
import { fetchPage } from '../../../common/paging.js';
import { applyPatch } from '../../../common/patch.js';
import { lockForChange } from '../../../database/locked-row.js';
import { refusingDuplicate } from '../../../database/unique-violation.js';
import { UnitOfWork } from '../../../database/unit-of-work.js';
import { createdFields, diffFields } from '../../audit/audit-diff.js';
import { announceFleetChange } from '../fleet-changes.js';
import { JSON_TEMPLATE_NAME_INDEX, JsonTemplateEntity } from './json-template.entity.js';
import { JsonSchemaValidator } from './json-schema-validator.js';

type ListQuery = z.output<typeof JsonTemplateListQuerySchema>;

const SORT_COLUMNS: Record<string, string> = {
  name: 't.name',
  type: 't.type',
  category: 't.category',
  updatedAt: 't.updated_at',
};

const snapshot = (template: JsonTemplateEntity) => ({
  name: template.name,
  type: template.type,
  category: template.category,
  schema: template.schema as JsonSchemaDocument,
  defaults: template.defaults as JsonValue,
  description: template.description,
  active: template.active,
});

export const toJsonTemplateDto = (template: JsonTemplateEntity): JsonTemplate => ({
  id: template.id,
  ...snapshot(template),
  createdAt: template.createdAt.toISOString(),
  updatedAt: template.updatedAt.toISOString(),
  version: template.version,
});

const duplicateName = (name: string) => ({
  [JSON_TEMPLATE_NAME_INDEX]: () => new ConflictError(`A template named "${name}" already exists`, 'name'),
});

/**
 * The fleet's JSON templates (seed 003 `json_templates`): a JSON Schema, compiled by ajv when saved (400
 * naming `schema` when it does not compile), and default values that must match it (400 naming
 * `defaults`, with the pointer of the bad value). Names are unique whatever their case.
 */
@Injectable()
export class JsonTemplatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly validator: JsonSchemaValidator,
  ) {}

  list(query: ListQuery): Promise<Page<JsonTemplate>> {
    const builder = this.dataSource.getRepository(JsonTemplateEntity).createQueryBuilder('t');
    if (query.type) builder.andWhere('t.type = :type', { type: query.type });
    if (query.category)
      builder.andWhere('lower(t.category) = lower(:category)', { category: query.category });
    if (query.active) builder.andWhere('t.active = :active', { active: query.active === 'true' });
    if (query.q)
      builder.andWhere('(t.name ILIKE :q OR t.category ILIKE :q OR t.description ILIKE :q)', {
        q: containsPattern(query.q),
      });
    const column = SORT_COLUMNS[query.sort.replace('-', '')];
    builder.orderBy(column, query.sort.startsWith('-') ? 'DESC' : 'ASC');
    // Ties in name order (TypeORM keeps one direction per column, so the name is added only once).
    if (column !== 't.name') builder.addOrderBy('t.name', 'ASC');
    builder.addOrderBy('t.id', 'ASC');
    return fetchPage(builder, query, toJsonTemplateDto);
  }

  async get(id: string): Promise<JsonTemplate> {
    const template = await this.dataSource.getRepository(JsonTemplateEntity).findOneBy({ id });
    if (!template) throw new NotFoundError('Template', id);
    return toJsonTemplateDto(template);
  }

  create(input: z.output<typeof CreateJsonTemplateInputSchema>): Promise<JsonTemplate> {
    this.checkDefaults(input);
    return this.unitOfWork.run(async (work) => {
      const saved = await refusingDuplicate(
        work.manager.save(Object.assign(new JsonTemplateEntity(), input)),
        duplicateName(input.name),
      );
      const template = await work.manager.findOneByOrFail(JsonTemplateEntity, { id: saved.id });
      await work.audit({
        entityType: 'fleet_json_template',
        entityId: template.id,
        action: 'create',
        changes: createdFields(snapshot(template)),
      });
      announceFleetChange(work, 'json_template', template.id, 'create');
      return toJsonTemplateDto(template);
    });
  }

  update(id: string, input: UpdateJsonTemplateInput): Promise<JsonTemplate> {
    return this.unitOfWork.run(async (work) => {
      const template = await lockForChange(work.manager, JsonTemplateEntity, id, input.version, 'Template');
      const before = snapshot(template);
      const { version: _, ...changes } = input;
      applyPatch(template, changes);
      this.checkDefaults(template);
      await refusingDuplicate(work.manager.save(template), duplicateName(template.name));
      const stored = await work.manager.findOneByOrFail(JsonTemplateEntity, { id });
      const changed = diffFields(before, snapshot(stored));
      if (Object.keys(changed).length > 0) {
        await work.audit({
          entityType: 'fleet_json_template',
          entityId: id,
          action: 'update',
          changes: changed,
        });
        announceFleetChange(work, 'json_template', id, 'update');
      }
      return toJsonTemplateDto(stored);
    });
  }

  remove(id: string): Promise<void> {
    return this.unitOfWork.run(async (work) => {
      const template = await lockForChange(work.manager, JsonTemplateEntity, id, undefined, 'Template');
      await work.manager.delete(JsonTemplateEntity, { id });
      await work.audit({
        entityType: 'fleet_json_template',
        entityId: id,
        action: 'delete',
        changes: diffFields(snapshot(template), {}),
      });
      announceFleetChange(work, 'json_template', id, 'delete');
    });
  }

  /** The schema compiles (else 400 naming `schema`) and the defaults match it (else 400 naming `defaults`). */
  private checkDefaults(template: Pick<JsonTemplateEntity, 'schema' | 'defaults'>): void {
    this.validator.compile(template.schema, 'schema');
    this.validator.assertValid(template.schema, template.defaults, 'defaults');
  }
}
