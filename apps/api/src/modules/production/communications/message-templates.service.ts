import { Injectable } from '@nestjs/common';
import {
  type CreateMessageTemplateInput,
  MESSAGE_AUTOMATIONS,
  type MessageAutomationKey,
  type MessagePreview,
  type MessagePreviewInput,
  type MessageTemplate,
  type Page,
  type UpdateMessageTemplateInput,
} from '@factoryops/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { ConflictError, NotFoundError, ValidationError } from '../../../common/domain-errors.js';
import { applyPatch } from '../../../common/patch.js';
import { AppConfig } from '../../../config/app-config.js';
import { lockForChange } from '../../../database/locked-row.js';
import { refusingDuplicate } from '../../../database/unique-violation.js';
import { UnitOfWork } from '../../../database/unit-of-work.js';
import { createdFields, diffFields } from '../../audit/audit-diff.js';
import { announceProductionChange } from '../production-changes.js';
import { MessageAutomationEntity } from './message-automation.entity.js';
import { messageSubjectOf } from './message-subject.js';
import { parseMessage, variablesOf } from './message-text.js';
import { MESSAGE_TEMPLATE_NAME_INDEX, MessageTemplateEntity } from './message-template.entity.js';

const snapshot = (template: MessageTemplateEntity) => ({
  name: template.name,
  description: template.description,
  subject: template.subject,
  body: template.body,
  active: template.active,
});

const duplicateName = (name: string) => ({
  [MESSAGE_TEMPLATE_NAME_INDEX]: () => new ConflictError(`A template named "${name}" already exists`, 'name'),
});

/** The automations' labels, for a refusal that names them. */
const labelsOf = (keys: MessageAutomationKey[]) =>
  keys.map((key) => `"${MESSAGE_AUTOMATIONS[key].label}"`).join(' and ');

/**
 * Message templates (seed module 11): subject and body with the seed's variables, checked when saved
 * (an unknown variable is a 400 naming it), previewed for a chosen client or project. A template an
 * automation sends with stays active and cannot be deleted.
 */
@Injectable()
export class MessageTemplatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly config: AppConfig,
  ) {}

  async list(query: { active?: boolean }): Promise<Page<MessageTemplate>> {
    const manager = this.dataSource.manager;
    const templates = await manager.getRepository(MessageTemplateEntity).find({
      where: query.active === undefined ? {} : { active: query.active },
      order: { name: 'ASC' },
    });
    const usedBy = await this.usedBy(manager);
    const items = templates.map((template) => this.toDto(template, usedBy));
    return { items, total: items.length };
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<MessageTemplate> {
    const template = await manager.getRepository(MessageTemplateEntity).findOneBy({ id });
    if (!template) throw new NotFoundError('Message template', id);
    return this.toDto(template, await this.usedBy(manager));
  }

  create(input: CreateMessageTemplateInput): Promise<MessageTemplate> {
    variablesOf({ subject: input.subject, body: input.body });
    return this.unitOfWork.run(async (work) => {
      const template = await refusingDuplicate(
        work.manager.save(work.manager.create(MessageTemplateEntity, input)),
        duplicateName(input.name),
      );
      await work.audit({
        entityType: 'message_template',
        entityId: template.id,
        action: 'create',
        changes: createdFields(snapshot(template)),
      });
      announceProductionChange(work, 'message_template', template.id, 'create');
      return this.get(template.id, work.manager);
    });
  }

  update(id: string, input: UpdateMessageTemplateInput): Promise<MessageTemplate> {
    return this.unitOfWork.run(async (work) => {
      const template = await lockForChange(
        work.manager,
        MessageTemplateEntity,
        id,
        input.version,
        'Message template',
      );
      const before = snapshot(template);
      const { version: _, ...changes } = input;
      applyPatch(template, changes);
      variablesOf(template);
      const users = (await this.usedBy(work.manager)).get(id) ?? [];
      if (!template.active && users.length > 0)
        throw new ConflictError(
          `${labelsOf(users)} sends with this template: give it another one before deactivating this`,
          'active',
        );
      const saved = await refusingDuplicate(work.manager.save(template), duplicateName(template.name));
      const changed = diffFields(before, snapshot(saved));
      if (Object.keys(changed).length > 0) {
        await work.audit({
          entityType: 'message_template',
          entityId: id,
          action: 'update',
          changes: changed,
        });
        announceProductionChange(work, 'message_template', id, 'update');
      }
      return this.get(id, work.manager);
    });
  }

  /** Deletes a template no automation uses (409 naming the automation otherwise); sent messages keep their text. */
  remove(id: string): Promise<void> {
    return this.unitOfWork.run(async (work) => {
      const template = await lockForChange(
        work.manager,
        MessageTemplateEntity,
        id,
        undefined,
        'Message template',
      );
      const users = (await this.usedBy(work.manager)).get(id) ?? [];
      if (users.length > 0)
        throw new ConflictError(
          `${labelsOf(users)} sends with this template: give it another one before deleting this`,
          'id',
        );
      await work.manager.delete(MessageTemplateEntity, { id });
      await work.audit({
        entityType: 'message_template',
        entityId: id,
        action: 'delete',
        changes: diffFields(snapshot(template), {}),
      });
      announceProductionChange(work, 'message_template', id, 'delete');
    });
  }

  /** What a subject and body say for a client or project: the variables filled in, as it would be sent. */
  async preview(input: MessagePreviewInput): Promise<MessagePreview> {
    const message = parseMessage({ subject: input.subject ?? '', body: input.body ?? '' });
    if (!input.clientId && !input.projectId)
      throw new ValidationError([
        { path: 'projectId', message: 'Choose a client or project to preview with' },
      ]);
    const { project, values } = await messageSubjectOf(
      this.dataSource.manager,
      { clientId: input.clientId, projectId: input.projectId },
      this.config.env.SITE_CURRENCY,
    );
    return { ...message.render(values, project !== null), variables: message.variables };
  }

  private async usedBy(manager: EntityManager): Promise<Map<string, MessageAutomationKey[]>> {
    const automations = await manager.getRepository(MessageAutomationEntity).find({ order: { key: 'ASC' } });
    const byTemplate = new Map<string, MessageAutomationKey[]>();
    for (const { templateId, key } of automations)
      byTemplate.set(templateId, [...(byTemplate.get(templateId) ?? []), key]);
    return byTemplate;
  }

  private toDto(
    template: MessageTemplateEntity,
    usedBy: Map<string, MessageAutomationKey[]>,
  ): MessageTemplate {
    return {
      ...snapshot(template),
      id: template.id,
      usedBy: usedBy.get(template.id) ?? [],
      updatedAt: template.updatedAt.toISOString(),
      version: template.version,
    };
  }
}
