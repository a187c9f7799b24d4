import type {
  MessageAutomationKey,
  UpdateMessageAutomationInput,
  UpdateMessageTemplateInput,
} from '@factoryops/contracts';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { productionKeys, useProductionMutation } from '../queries';
import { type CommunicationListQuery, communicationsApi, messageTemplatesApi } from './api';

const keys = {
  messages: (query: CommunicationListQuery) => [...productionKeys.all, 'communications', query] as const,
  automations: () => [...productionKeys.all, 'communications', 'automations'] as const,
  templates: (active?: boolean) => [...productionKeys.all, 'message-templates', active ?? 'all'] as const,
};

/** How often a list still waiting for the mail server to take a message looks again. */
const DELIVERY_POLL_MS = 3000;

/** Messages, looked at again every few seconds while one is still on its way (pending or being retried). */
export const communicationListQuery = (query: CommunicationListQuery) =>
  queryOptions({
    queryKey: keys.messages(query),
    queryFn: () => communicationsApi.list(query),
    placeholderData: keepPreviousData,
    refetchInterval: (current) =>
      current.state.data?.items.some((message) => message.nextAttemptAt !== null) ? DELIVERY_POLL_MS : false,
  });
export const automationsQuery = queryOptions({
  queryKey: keys.automations(),
  queryFn: communicationsApi.automations,
});
export const messageTemplatesQuery = (active?: boolean) =>
  queryOptions({ queryKey: keys.templates(active), queryFn: () => messageTemplatesApi.list(active) });

export const useSendMessage = () => useProductionMutation(communicationsApi.send);
export const useUpdateAutomation = () =>
  useProductionMutation(
    ({ key, input }: { key: MessageAutomationKey; input: UpdateMessageAutomationInput }) =>
      communicationsApi.updateAutomation(key, input),
  );
export const useCreateMessageTemplate = () => useProductionMutation(messageTemplatesApi.create);
export const useUpdateMessageTemplate = () =>
  useProductionMutation(({ id, input }: { id: string; input: UpdateMessageTemplateInput }) =>
    messageTemplatesApi.update(id, input),
  );
export const useDeleteMessageTemplate = () => useProductionMutation(messageTemplatesApi.remove);
