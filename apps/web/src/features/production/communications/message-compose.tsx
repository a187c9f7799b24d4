import {
  MESSAGE_VARIABLES,
  type MessagePreviewInput,
  type SendCommunicationInput,
} from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ErrorBanner, errorMessage, fieldErrorsOf, formLevelError } from '../../../components/error-banner';
import { Field, SelectField, TextAreaField } from '../../../components/field';
import { FormActions } from '../../../components/form-actions';
import { useDebounced } from '../../../lib/use-debounced';
import { useProductionAccess } from '../access';
import { invoiceListQuery, quoteListQuery } from '../billing/queries';
import { clientChoicesQuery, projectListQuery } from '../queries';
import { messageTemplatesApi } from './api';
import { messageTemplatesQuery, useSendMessage } from './queries';

const FIELDS = ['clientId', 'projectId', 'templateId', 'to', 'subject', 'body', 'attachment'];

/** The variables a message may use, as a hint under its body. */
const VARIABLES_HINT = `Variables: ${Object.keys(MESSAGE_VARIABLES)
  .map((name) => `{{${name}}}`)
  .join(' ')}`;

/** A message's subject and body as written, its variables named under the body. */
export function MessageTextFields({
  text,
  errors,
  onChange,
}: {
  text: { subject: string; body: string };
  errors: Record<string, string>;
  onChange(changes: { subject?: string; body?: string }): void;
}) {
  return (
    <>
      <Field
        label="Subject"
        value={text.subject}
        error={errors.subject}
        onChange={(e) => onChange({ subject: e.target.value })}
      />
      <TextAreaField
        label="Message"
        rows={8}
        value={text.body}
        error={errors.body}
        hint={VARIABLES_HINT}
        onChange={(e) => onChange({ body: e.target.value })}
      />
    </>
  );
}

/**
 * What a subject and body say once their variables are filled in for the client or project, asked of
 * the server a moment after the typing stops (it renders them as it will send them).
 */
export function useMessagePreview(
  text: { subject: string; body: string },
  about: { clientId?: string; projectId?: string },
) {
  // Debounced as text: an object made anew on each render would restart the wait every time.
  const asked = useDebounced(
    JSON.stringify({
      subject: text.subject,
      body: text.body,
      clientId: about.clientId,
      projectId: about.projectId,
    }),
    400,
  );
  const input = JSON.parse(asked) as MessagePreviewInput;
  return useQuery({
    queryKey: ['production', 'message-preview', asked],
    queryFn: () => messageTemplatesApi.preview(input),
    enabled: Boolean((input.clientId || input.projectId) && (input.subject || input.body)),
    retry: false,
  });
}

/** The preview beside a message being written: as it will read, or why it cannot be sent. */
export function MessagePreviewPanel({ preview }: { preview: ReturnType<typeof useMessagePreview> }) {
  return (
    <section className="message-preview" aria-label="Preview">
      <h3 className="details-title">Preview</h3>
      {preview.error ? (
        <p className="field__error">
          {Object.values(fieldErrorsOf(preview.error)).join(' ') || errorMessage(preview.error)}
        </p>
      ) : preview.data ? (
        <>
          <p>
            <strong>{preview.data.subject}</strong>
          </p>
          <pre className="message-body">{preview.data.body}</pre>
        </>
      ) : (
        <p className="muted">Choose a client or project and write the message to see it filled in.</p>
      )}
    </section>
  );
}

interface MessageComposeProps {
  /** Opened from a client's or project's page: the message is about them. */
  clientId?: string;
  projectId?: string;
  onDone(): void;
}

/**
 * A message to a client: from a template or by hand, with the variables filled in for the client and
 * project (previewed as typed), a quote's or invoice's PDF of the project attached if wanted.
 */
export function MessageCompose({
  clientId: fixedClient,
  projectId: fixedProject,
  onDone,
}: MessageComposeProps) {
  const access = useProductionAccess();
  const send = useSendMessage();
  const [values, setValues] = useState({
    clientId: fixedClient ?? '',
    projectId: fixedProject ?? '',
    templateId: '',
    to: '',
    subject: '',
    body: '',
    attachment: '',
  });
  const set = (changes: Partial<typeof values>) => setValues((current) => ({ ...current, ...changes }));
  const clients = useQuery(clientChoicesQuery);
  const projects = useQuery({
    ...projectListQuery({ clientId: values.clientId, pageSize: 200 }),
    enabled: Boolean(values.clientId),
  });
  const templates = useQuery(messageTemplatesQuery(true));
  const documents = { projectId: values.projectId, pageSize: 200 };
  const canAttach = access.billingView && Boolean(values.projectId);
  const quotes = useQuery({ ...quoteListQuery(documents), enabled: canAttach });
  const invoices = useQuery({ ...invoiceListQuery(documents), enabled: canAttach });
  const preview = useMessagePreview(values, {
    clientId: values.clientId || undefined,
    projectId: values.projectId || undefined,
  });
  const errors = fieldErrorsOf(send.error);
  const client = clients.data?.items.find((c) => c.id === values.clientId);

  function chooseTemplate(templateId: string) {
    const template = templates.data?.items.find((t) => t.id === templateId);
    set(template ? { templateId, subject: template.subject, body: template.body } : { templateId });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const [kind, id] = values.attachment.split(':') as ['quote' | 'invoice', string];
    const input: SendCommunicationInput = {
      clientId: values.clientId,
      projectId: values.projectId || undefined,
      templateId: values.templateId || undefined,
      to: values.to.trim() || undefined,
      subject: values.subject,
      body: values.body,
      attachment: values.attachment ? { kind, id } : undefined,
    };
    send.mutate(input, { onSuccess: onDone });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorBanner error={formLevelError(send.error, FIELDS)} />
      <div className="form__row">
        <SelectField
          label="Client"
          value={values.clientId}
          error={errors.clientId}
          disabled={Boolean(fixedClient || fixedProject)}
          onChange={(e) => set({ clientId: e.target.value, projectId: '', attachment: '' })}
        >
          <option value="">Choose a client…</option>
          {clients.data?.items.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({c.code})
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Project (optional)"
          value={values.projectId}
          error={errors.projectId}
          disabled={Boolean(fixedProject) || !values.clientId}
          onChange={(e) => set({ projectId: e.target.value, attachment: '' })}
        >
          <option value="">No project</option>
          {projects.data?.items.map((p) => (
            <option key={p.id} value={p.id}>
              {p.code} — {p.name}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="form__row">
        <SelectField
          label="Template"
          value={values.templateId}
          error={errors.templateId}
          onChange={(e) => chooseTemplate(e.target.value)}
        >
          <option value="">Write by hand</option>
          {templates.data?.items.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </SelectField>
        <Field
          label="To"
          type="email"
          value={values.to}
          placeholder={client?.email || 'The client has no email address'}
          error={errors.to}
          hint="Leave empty to send to the client's address"
          onChange={(e) => set({ to: e.target.value })}
        />
      </div>
      <MessageTextFields text={values} errors={errors} onChange={set} />
      {canAttach ? (
        <SelectField
          label="Attach"
          value={values.attachment}
          error={errors.attachment}
          onChange={(e) => set({ attachment: e.target.value })}
        >
          <option value="">Nothing</option>
          {quotes.data?.items.map((q) => (
            <option key={q.id} value={`quote:${q.id}`}>
              Quote {q.number} (PDF)
            </option>
          ))}
          {invoices.data?.items.map((i) => (
            <option key={i.id} value={`invoice:${i.id}`}>
              Invoice {i.number} (PDF)
            </option>
          ))}
        </SelectField>
      ) : null}
      <MessagePreviewPanel preview={preview} />
      <FormActions submitLabel="Send message" pending={send.isPending} onCancel={onDone} />
    </form>
  );
}
