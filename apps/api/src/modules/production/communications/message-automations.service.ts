import { Injectable } from '@nestjs/common';
import {
  MESSAGE_AUTOMATION_KEYS,
  MESSAGE_AUTOMATIONS,
  type MessageAutomation,
  type MessageAutomationKey,
  type UpdateMessageAutomationInput,
} from '@factoryops/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { NotFoundError, ValidationError } from '../../../common/domain-errors.js';
import { AppConfig } from '../../../config/app-config.js';
import { assertVersion } from '../../../database/locked-row.js';
import { queryPrepared } from '../../../database/prepared-statements.js';
import { UnitOfWork, type Work } from '../../../database/unit-of-work.js';
import { diffFields } from '../../audit/audit-diff.js';
import { announceProductionChange } from '../production-changes.js';
import { ClientMessages } from './client-messages.js';
import { MessageAutomationEntity } from './message-automation.entity.js';
import { type MessageAbout, messageSubjectOf } from './message-subject.js';
import { type MessageText, renderMessage } from './message-text.js';
import { MessageTemplateEntity } from './message-template.entity.js';

type AutomationRow = { key: MessageAutomationKey; enabled: boolean; version: number; templateId: string } & {
  templateName: string;
} & MessageText;

const AUTOMATIONS = `
  SELECT a.key, a.enabled, a.version, t.id AS "templateId", t.name AS "templateName", t.subject, t.body
    FROM production_message_automations a JOIN production_message_templates t ON t.id = a.template_id`;

const toDto = (row: AutomationRow): MessageAutomation => ({
  key: row.key,
  ...MESSAGE_AUTOMATIONS[row.key],
  enabled: row.enabled,
  template: { id: row.templateId, name: row.templateName },
  version: row.version,
});

/**
 * The seed's automated messages (POP confirmation, collection ready, quote expiring): each on or off,
 * each with its template, and the sending of one in the transaction of what calls for it.
 */
@Injectable()
export class MessageAutomations {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly messages: ClientMessages,
    private readonly config: AppConfig,
  ) {}

  async list(manager: EntityManager = this.dataSource.manager): Promise<MessageAutomation[]> {
    const rows = await queryPrepared<AutomationRow>(manager, AUTOMATIONS, []);
    const byKey = new Map(rows.map((row) => [row.key, row]));
    return MESSAGE_AUTOMATION_KEYS.flatMap((key) => {
      const row = byKey.get(key);
      return row ? [toDto(row)] : [];
    });
  }

  /** Switches an automation on or off, or gives it another (active) template. */
  update(key: MessageAutomationKey, input: UpdateMessageAutomationInput): Promise<MessageAutomation> {
    return this.unitOfWork.run(async (work) => {
      const automation = await work.manager
        .getRepository(MessageAutomationEntity)
        .createQueryBuilder('a')
        .where('a.key = :key', { key })
        .setLock('pessimistic_write')
        .getOne();
      if (!automation) throw new NotFoundError('Automated message', key);
      assertVersion(automation, input.version, 'Automated message');
      if (input.templateId && input.templateId !== automation.templateId) {
        const template = await work.manager
          .getRepository(MessageTemplateEntity)
          .findOneBy({ id: input.templateId });
        if (!template) throw new NotFoundError('Message template', input.templateId);
        if (!template.active)
          throw new ValidationError([
            { path: 'templateId', message: `"${template.name}" is inactive: activate it before using it` },
          ]);
      }
      const before = { enabled: automation.enabled, templateId: automation.templateId };
      const after = {
        enabled: input.enabled ?? automation.enabled,
        templateId: input.templateId ?? automation.templateId,
      };
      const changes = diffFields(before, after);
      if (Object.keys(changes).length > 0) {
        await work.manager.update(
          MessageAutomationEntity,
          { key },
          { ...after, version: automation.version + 1 },
        );
        await work.audit({ entityType: 'message_automation', entityId: key, action: 'update', changes });
        announceProductionChange(work, 'message_automation', key, 'update');
      }
      const updated = (await this.list(work.manager)).find((row) => row.key === key);
      if (!updated) throw new NotFoundError('Automated message', key);
      return updated;
    });
  }

  /** Sends what was queued, once the transaction that queued it committed. */
  wake(): void {
    this.messages.wake();
  }

  /**
   * Queues `key`'s message about `about` in `work` when the automation is on, once per `dedupeKey`. What
   * it calls for never fails because of it: a client without an email address, or a template that
   * cannot be filled in, is kept in the history as a Failed message saying so. The caller wakes the
   * outbox after commit.
   */
  async send(work: Work, key: MessageAutomationKey, about: MessageAbout, dedupeKey: string): Promise<void> {
    const [automation] = await queryPrepared<AutomationRow>(work.manager, `${AUTOMATIONS} WHERE a.key = $1`, [
      key,
    ]);
    if (!automation?.enabled) return;
    const { client, project, values } = await messageSubjectOf(
      work.manager,
      about,
      this.config.env.SITE_CURRENCY,
    );
    let text: MessageText = automation;
    let problem: string | undefined;
    try {
      text = renderMessage(automation, values, project !== null);
    } catch (error) {
      const reason = error instanceof ValidationError ? error.errors.map((field) => field.message) : [];
      problem = `The template "${automation.templateName}" could not be filled in: ${reason.join('; ') || (error as Error).message}`;
    }
    await this.messages.queue(work, {
      customerId: client.id,
      projectId: project?.id ?? null,
      templateId: automation.templateId,
      automation: key,
      recipient: problem || !client.email ? null : client.email,
      noRecipient: problem ?? `${client.name} has no email address`,
      ...text,
      dedupeKey,
    });
  }
}
