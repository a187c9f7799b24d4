import type { PortalMachine, PortalReportResult } from '@factoryops/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useParams } from 'react-router';
import { ErrorBanner, formLevelError } from '../../components/error-banner';
import { Field, TextAreaField } from '../../components/field';
import { ApiError, apiRequest } from '../../lib/api-client';
import { formatDateTime } from '../../lib/format';
import { StatusBadge } from '../maintenance/status-badge';

const portalApi = {
  machine: (token: string) => apiRequest<PortalMachine>(`/portal/machines/${token}`),
  report: (token: string, form: FormData) =>
    apiRequest<PortalReportResult>(`/portal/machines/${token}/reports`, { method: 'POST', body: form }),
};

/**
 * What a machine's QR label opens, on anyone's phone, without an account: the machine, whether a
 * fault is already reported (so the same breakdown is not reported ten times), and a short form.
 */
export function PortalPage() {
  const { token = '' } = useParams();
  const machine = useQuery({
    queryKey: ['portal', token],
    queryFn: () => portalApi.machine(token),
    retry: (count, error) => !(error instanceof ApiError && error.status === 404) && count < 2,
  });
  const report = useMutation({ mutationFn: (form: FormData) => portalApi.report(token, form) });
  const [description, setDescription] = useState('');

  if (machine.error instanceof ApiError && machine.error.status === 404) {
    return (
      <main className="portal">
        <h1>This label is not valid</h1>
        <p>The machine may have been taken out of service. Tell the maintenance team directly.</p>
      </main>
    );
  }
  if (!machine.data) {
    return (
      <main className="portal" aria-busy={machine.isPending}>
        {machine.error ? <ErrorBanner error={machine.error} /> : <p>Loading…</p>}
      </main>
    );
  }
  const { data } = machine;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const photo = form.get('photo');
    if (photo instanceof File && photo.size === 0) form.delete('photo');
    report.mutate(form);
  };
  const fieldErrors = report.error instanceof ApiError ? report.error.fieldErrors : {};

  return (
    <main className="portal">
      <header className="portal__header">
        <p className="muted">Report a problem</p>
        <h1>{data.name}</h1>
        <p>
          <span className="mono">{data.code}</span>
          {data.building || data.area ? ` · ${[data.building, data.area].filter(Boolean).join(', ')}` : ''}{' '}
          <StatusBadge value={data.status} />
        </p>
      </header>

      {data.openFaults.length > 0 ? (
        <section className="banner banner--warning" aria-label="Already reported">
          <strong>Already reported — maintenance knows about:</strong>
          <ul>
            {data.openFaults.map((fault) => (
              <li key={fault.reference}>
                {fault.subject}{' '}
                <span className="muted">
                  ({fault.status}, {formatDateTime(fault.reportedAt)})
                </span>
              </li>
            ))}
          </ul>
          If this is the same problem, there is no need to report it again.
        </section>
      ) : null}

      {data.status === 'Scrapped' ? (
        <p className="banner banner--info">
          This machine is out of service (scrapped): there is nothing to report. Tell the maintenance team
          directly if something is unsafe.
        </p>
      ) : report.data ? (
        <section className="banner banner--info" role="status">
          <strong>Thank you — your report {report.data.reference} reached maintenance.</strong>
          <p>They will look at {report.data.machine} as soon as they can.</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              report.reset();
              setDescription('');
              void machine.refetch();
            }}
          >
            Report something else
          </button>
        </section>
      ) : (
        <form className="form" onSubmit={submit}>
          <ErrorBanner error={formLevelError(report.error, ['description', 'image', 'name', 'contact'])} />
          <TextAreaField
            label="What is wrong?"
            name="description"
            required
            maxLength={5000}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
            error={fieldErrors.description}
            hint="What you see, hear or smell, and since when."
          />
          <Field
            label="Photo (optional)"
            name="photo"
            type="file"
            accept="image/*"
            capture="environment"
            error={fieldErrors.image}
          />
          <div className="form__row">
            <Field
              label="Your name (optional)"
              name="name"
              maxLength={120}
              autoComplete="name"
              error={fieldErrors.name}
            />
            <Field
              label="How to reach you (optional)"
              name="contact"
              maxLength={200}
              hint="Phone, email or where you work"
              error={fieldErrors.contact}
            />
          </div>
          <div className="form__actions form__actions--start">
            <button type="submit" className="button button--primary" disabled={report.isPending}>
              {report.isPending ? 'Sending…' : 'Send report'}
            </button>
          </div>
        </form>
      )}
    </main>
  );
}
