import type { Project, ProjectStatus } from '@factoryops/contracts';
import { type FormEvent, useId, useState } from 'react';
import { ErrorBanner } from '../../../components/error-banner';
import { useChangeProjectStatus } from '../queries';
import { nextStepByAction, statusChoices } from './project-status';

/**
 * Changes a project's status to one its lifecycle allows from where it is, and says which action
 * leads on when no status change does (the proof of payment, the queue).
 */
export function ProjectStatusControl({ project }: { project: Project }) {
  const change = useChangeProjectStatus();
  const choices = statusChoices(project.status);
  const [to, setTo] = useState<ProjectStatus | ''>('');
  const next = nextStepByAction(project.status);
  const selectId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (to) change.mutate({ id: project.id, status: to, version: project.version });
  }

  return (
    <section className="card status-control" aria-label="Status">
      <h2>Status</h2>
      {choices.length ? (
        <form className="form" onSubmit={submit}>
          <div className="field">
            <label htmlFor={selectId}>Change to</label>
            <select id={selectId} value={to} onChange={(e) => setTo(e.target.value as ProjectStatus | '')}>
              <option value="">Choose…</option>
              {choices.map((status) => (
                <option key={status} value={status}>
                  {status}
                </option>
              ))}
            </select>
          </div>
          <div className="form__actions form__actions--start">
            <button type="submit" className="button" disabled={!to || change.isPending}>
              Change status
            </button>
          </div>
        </form>
      ) : (
        <p className="muted">A completed project keeps its status.</p>
      )}
      {next ? (
        <p className="muted small">
          To reach {next.status}: {next.action}.
        </p>
      ) : null}
      <ErrorBanner error={change.error} />
    </section>
  );
}
