import type {
  Communication,
  CommunicationQuerySchema,
  CreateMessageTemplateInput,
  MessageAutomation,
  MessageAutomationKey,
  MessagePreview,
  MessagePreviewInput,
  MessageTemplate,
  Page,
  SendCommunicationInput,
  UpdateMessageAutomationInput,
  UpdateMessageTemplateInput,
} from '@factoryops/contracts';
import { apiRequest } from '../../../lib/api-client';
import type { SchemaInput } from '../../../lib/schema-input';

export type CommunicationListQuery = SchemaInput<typeof CommunicationQuerySchema>;

export const communicationsApi = {
  list: (query: CommunicationListQuery) =>
    apiRequest<Page<Communication>>('/production/communications', { query }),
  send: (input: SendCommunicationInput) =>
    apiRequest<Communication>('/production/communications', { method: 'POST', body: input }),
  automations: () => apiRequest<MessageAutomation[]>('/production/communications/automations'),
  updateAutomation: (key: MessageAutomationKey, input: UpdateMessageAutomationInput) =>
    apiRequest<MessageAutomation>(`/production/communications/automations/${key}`, {
      method: 'PATCH',
      body: input,
    }),
};

export const messageTemplatesApi = {
  list: (active?: boolean) =>
    apiRequest<Page<MessageTemplate>>('/production/message-templates', {
      query: active === undefined ? {} : { active: String(active) },
    }),
  create: (input: CreateMessageTemplateInput) =>
    apiRequest<MessageTemplate>('/production/message-templates', { method: 'POST', body: input }),
  update: (id: string, input: UpdateMessageTemplateInput) =>
    apiRequest<MessageTemplate>(`/production/message-templates/${id}`, { method: 'PATCH', body: input }),
  remove: (id: string) => apiRequest<void>(`/production/message-templates/${id}`, { method: 'DELETE' }),
  preview: (input: MessagePreviewInput) =>
    apiRequest<MessagePreview>('/production/message-templates/preview', { method: 'POST', body: input }),
};
