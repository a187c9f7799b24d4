import type { Machine, Severity } from '@factoryops/contracts';
import { type FormEvent, useState } from 'react';
import { ErrorBanner, fieldErrorsOf, formLevelError } from '../../components/error-banner';
import { TextAreaField } from '../../components/field';
import { useReportFault } from './queries';
import { SeveritySelect } from './severity-select';

/** Reports a fault on a machine: a corrective request for its team, and the machine shows Fault. */
export function FaultForm({ machine, onDone }: { machine: Machine; onDone(): void }) {
  const report = useReportFault();
  const [description, setDescription] = useState('');
  const [severity, setSeverity] = useState<Severity>('Medium');
  const errors = fieldErrorsOf(report.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    report.mutate({ machineId: machine.id, input: { description, severity } }, { onSuccess: onDone });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorBanner error={formLevelError(report.error, ['description', 'severity'])} />
      <TextAreaField
        label="What is wrong?"
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        error={errors.description}
      />
      <SeveritySelect value={severity} onChange={setSeverity} />
      <div className="form__actions">
        <button type="button" className="button button--ghost" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={report.isPending}>
          Report fault
        </button>
      </div>
    </form>
  );
}
