import { z } from 'zod';
import { isoDateTime, pageOf, pageQueryShape } from './common.js';

// ── Messages to clients of the laser shop (issue 15, seed module 11) ──────────────────────────────

/**
 * The variables a message template may use, `{{client_name}}` …, each with what it holds. A template
 * naming any other is refused, naming it. Dates are `YYYY-MM-DD`; money is formatted with its currency.
 */
export const MESSAGE_VARIABLES = {
  client_name: "The client's name",
  contact_person: "The client's contact person (the client's name when there is none)",
  client_email: "The client's email address",
  client_code: "The client's code, CL-0001",
  project_code: "The project's code, JB-2025-10-CL0001-001",
  project_name: "The project's name",
  project_status: "The project's status",
  due_date: "The project's due date",
  pop_deadline: 'The deadline set when the proof of payment was received',
  scheduled_date: "The day the project's queue item is scheduled for cutting",
  completion_date: 'The day the project was completed',
  quoted_price: "The project's quoted price",
  quote_number: "The project's latest quote, QT-2025-001",
  quote_total: "The latest quote's total, VAT included",
  quote_valid_until: 'The last day the latest quote is valid',
  company_name: "The shop's name (production settings)",
  company_email: "The shop's email address",
  company_phone: "The shop's phone number",
} as const;
export type MessageVariable = keyof typeof MESSAGE_VARIABLES;
export const MESSAGE_VARIABLE_NAMES = Object.keys(MESSAGE_VARIABLES) as MessageVariable[];

/** The variables that need a project: a template using one can be sent only with a project chosen. */
export const PROJECT_VARIABLES: readonly MessageVariable[] = [
  'project_code',
  'project_name',
  'project_status',
  'due_date',
  'pop_deadline',
  'scheduled_date',
  'completion_date',
  'quoted_price',
  'quote_number',
  'quote_total',
  'quote_valid_until',
];

/** The messages the shop sends by itself (seed automations), each switched on or off in settings. */
export const MESSAGE_AUTOMATIONS = {
  'pop-confirmation': {
    label: 'POP confirmation',
    description: 'To the client when their proof of payment is marked received',
  },
  'collection-ready': {
    label: 'Collection ready',
    description: 'To the client when their project is completed',
  },
  'quote-expiring': {
    label: 'Quote expiring',
    description: 'To the client 3 days before a sent quote stops being valid (checked daily, once per quote)',
  },
} as const;
export type MessageAutomationKey = keyof typeof MESSAGE_AUTOMATIONS;
export const MESSAGE_AUTOMATION_KEYS = Object.keys(MESSAGE_AUTOMATIONS) as MessageAutomationKey[];
export const MessageAutomationKeySchema = z.enum(
  MESSAGE_AUTOMATION_KEYS as [MessageAutomationKey, ...MessageAutomationKey[]],
);

// ── Templates ─────────────────────────────────────────────────────────────────────────────────────

const text = (max: number) => z.string().trim().max(max);

export const MESSAGE_SUBJECT_MAX = 300;
export const MESSAGE_BODY_MAX = 20_000;

export const MessageTemplateSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  subject: z.string(),
  body: z.string(),
  active: z.boolean(),
  /** The automations that send with this template (a template in use cannot be deleted). */
  usedBy: z.array(MessageAutomationKeySchema),
  updatedAt: isoDateTime,
  version: z.number().int(),
});
export type MessageTemplate = z.infer<typeof MessageTemplateSchema>;
export const MessageTemplatePageSchema = pageOf(MessageTemplateSchema);

export const CreateMessageTemplateInputSchema = z.strictObject({
  name: text(100).min(1, { message: 'Name the template' }),
  description: text(1000).default(''),
  subject: text(MESSAGE_SUBJECT_MAX).min(1, { message: 'Give the message a subject' }),
  body: text(MESSAGE_BODY_MAX).min(1, { message: 'Write the message' }),
  active: z.boolean().default(true),
});
export type CreateMessageTemplateInput = z.input<typeof CreateMessageTemplateInputSchema>;

export const UpdateMessageTemplateInputSchema = z.strictObject({
  name: text(100).min(1, { message: 'Name the template' }).optional(),
  description: text(1000).optional(),
  subject: text(MESSAGE_SUBJECT_MAX).min(1, { message: 'Give the message a subject' }).optional(),
  body: text(MESSAGE_BODY_MAX).min(1, { message: 'Write the message' }).optional(),
  active: z.boolean().optional(),
  version: z.number().int().optional(),
});
export type UpdateMessageTemplateInput = z.infer<typeof UpdateMessageTemplateInputSchema>;

export const MessageTemplateQuerySchema = z.strictObject({
  active: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
});

/** A subject and body rendered for a client (and project): what the message would say. */
export const MessagePreviewInputSchema = z.strictObject({
  subject: text(MESSAGE_SUBJECT_MAX).default(''),
  body: text(MESSAGE_BODY_MAX).default(''),
  clientId: z.uuid().optional(),
  projectId: z.uuid().optional(),
});
export type MessagePreviewInput = z.input<typeof MessagePreviewInputSchema>;

export const MessagePreviewSchema = z.object({
  subject: z.string(),
  body: z.string(),
  /** The variables the text uses, in the order they first appear. */
  variables: z.array(z.enum(MESSAGE_VARIABLE_NAMES as [MessageVariable, ...MessageVariable[]])),
});
export type MessagePreview = z.infer<typeof MessagePreviewSchema>;

// ── Messages ──────────────────────────────────────────────────────────────────────────────────────

/**
 * `Pending` until the mail server accepted it, `Sent` once it did; `Failed` with the error: the last
 * attempt was refused (the outbox retries at `nextAttemptAt`), or it could not be queued at all (no
 * address to send to).
 */
export const MESSAGE_STATUSES = ['Pending', 'Sent', 'Failed'] as const;
export const MessageStatusSchema = z.enum(MESSAGE_STATUSES);
export type MessageStatus = z.infer<typeof MessageStatusSchema>;

/** Days before a quote's last valid day that the "Quote expiring" reminder goes. */
export const QUOTE_EXPIRING_DAYS = 3;

export const MessageAttachmentKindSchema = z.enum(['quote', 'invoice']);

export const CommunicationSchema = z.object({
  id: z.uuid(),
  client: z.object({ id: z.uuid(), code: z.string(), name: z.string() }).nullable(),
  project: z.object({ id: z.uuid(), code: z.string(), name: z.string() }).nullable(),
  channel: z.literal('Email'),
  recipient: z.string(),
  subject: z.string(),
  body: z.string(),
  /** The file sent with it (a quote's or invoice's PDF), by name. */
  attachmentName: z.string().nullable(),
  template: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  /** The automation that sent it; null when a person did. */
  automation: MessageAutomationKeySchema.nullable(),
  /** Who sent it ("System" for an automation). */
  sentBy: z.string(),
  status: MessageStatusSchema,
  error: z.string().nullable(),
  attempts: z.number().int(),
  nextAttemptAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
  sentAt: isoDateTime.nullable(),
});
export type Communication = z.infer<typeof CommunicationSchema>;
export const CommunicationPageSchema = pageOf(CommunicationSchema);

export const CommunicationQuerySchema = z.strictObject({
  ...pageQueryShape,
  clientId: z.uuid().optional(),
  projectId: z.uuid().optional(),
  status: MessageStatusSchema.optional(),
  /** In the recipient, subject, client or project code. */
  q: z.string().trim().max(100).optional(),
});
export type CommunicationQuery = z.input<typeof CommunicationQuerySchema>;

export const SendCommunicationInputSchema = z.strictObject({
  clientId: z.uuid(),
  projectId: z.uuid().optional(),
  /** The template it was written from, kept with the message. */
  templateId: z.uuid().optional(),
  /** Defaults to the client's email. */
  to: z.email({ message: 'Not an email address' }).optional(),
  /** May use the template variables; sent rendered for the client and project. */
  subject: text(MESSAGE_SUBJECT_MAX).min(1, { message: 'Give the message a subject' }),
  body: text(MESSAGE_BODY_MAX).min(1, { message: 'Write the message' }),
  /** A quote or invoice of the project, sent as its PDF. */
  attachment: z.strictObject({ kind: MessageAttachmentKindSchema, id: z.uuid() }).optional(),
});
export type SendCommunicationInput = z.input<typeof SendCommunicationInputSchema>;

// ── Automations ───────────────────────────────────────────────────────────────────────────────────

export const MessageAutomationSchema = z.object({
  key: MessageAutomationKeySchema,
  label: z.string(),
  description: z.string(),
  enabled: z.boolean(),
  template: z.object({ id: z.uuid(), name: z.string() }),
  version: z.number().int(),
});
export type MessageAutomation = z.infer<typeof MessageAutomationSchema>;

export const UpdateMessageAutomationInputSchema = z.strictObject({
  enabled: z.boolean().optional(),
  templateId: z.uuid().optional(),
  version: z.number().int().optional(),
});
export type UpdateMessageAutomationInput = z.infer<typeof UpdateMessageAutomationInputSchema>;

export const MessageAutomationParamsSchema = z.strictObject({ key: MessageAutomationKeySchema });
