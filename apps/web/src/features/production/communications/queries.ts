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

export const communicationListQuery = (query: CommunicationListQuery) =>
  queryOptions({
    queryKey: keys.messages(query),
    queryFn: () => communicationsApi.list(query),
    placeholderData: keepPreviousData,
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
