import type { QueueItem } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { ErrorBanner, fieldErrorsOf, formLevelError } from '../../../components/error-banner';
import { Field, SelectField, TextAreaField } from '../../../components/field';
import { localIsoDate } from '../../../lib/format';
import { decimalOrNull, inputText, numberOrNull } from '../form-values';
import { operatorListQuery, presetListQuery, projectQuery, queueQuery } from '../queries';
import { meQuery, useLogRun } from './queries';
import { operatorChoices, presetChoices } from './run-choices';
import '../production.css';

const FIELDS = [
  'projectId',
  'queueItemId',
  'operatorId',
  'presetId',
  'runDate',
  'cutMinutes',
  'material',
  'thickness',
  'sheets',
  'parts',
  'notes',
];

const jobLabel = (item: QueueItem) =>
  `${item.projectCode} · ${item.projectName} (${item.clientName})${item.status === 'In Progress' ? ' — cutting' : ''}`;

/**
 * Logs a laser run against a job of the queue: the signed-in user's operator preselected and marked
 * "(You)", only active operators, and only the active presets made for the run's material and thickness.
 */
export function RunForm({ queueItemId, onDone }: { queueItemId?: string; onDone(): void }) {
  const log = useLogRun();
  const me = useQuery(meQuery);
  const queue = useQuery(queueQuery('active'));
  const operators = useQuery(operatorListQuery({ active: 'true' }));
  const presets = useQuery(presetListQuery({ active: 'true' }));
  const [itemId, setItemId] = useState(queueItemId ?? '');
  const item = queue.data?.items.find((candidate) => candidate.id === itemId);
  const project = useQuery({ ...projectQuery(item?.projectId ?? ''), enabled: Boolean(item) });
  const [operatorId, setOperatorId] = useState<string | null>(null);
  const [presetId, setPresetId] = useState('');
  const [runDate, setRunDate] = useState(localIsoDate(new Date()));
  const [cutMinutes, setCutMinutes] = useState('');
  const [material, setMaterial] = useState('');
  const [thickness, setThickness] = useState('');
  const [sheets, setSheets] = useState('');
  const [parts, setParts] = useState('');
  const [notes, setNotes] = useState('');
  const errors = fieldErrorsOf(log.error);

  const { choices, preselected } = operatorChoices(operators.data?.items ?? [], me.data);
  const chosenOperator = operatorId ?? preselected;
  const usable = presetChoices(presets.data?.items ?? [], material, thickness);

  // The job's own material, thickness, sheets and parts, once the job is chosen.
  const job = project.data;
  useEffect(() => {
    if (!job) return;
    setMaterial(job.materialType);
    setThickness(inputText(job.materialThickness));
    setSheets(inputText(job.sheets));
    setParts(inputText(job.parts));
  }, [job]);
  useEffect(() => {
    if (presetId && !usable.some((preset) => preset.id === presetId)) setPresetId('');
  }, [presetId, usable]);

  function submit(event: FormEvent) {
    event.preventDefault();
    log.mutate(
      {
        projectId: item?.projectId ?? '',
        queueItemId: item?.id ?? null,
        operatorId: chosenOperator,
        presetId: presetId || null,
        runDate,
        cutMinutes: numberOrNull(cutMinutes) ?? 0,
        material,
        thickness: decimalOrNull(thickness) ?? '',
        sheets: numberOrNull(sheets) ?? 0,
        parts: numberOrNull(parts) ?? 0,
        notes,
      },
      { onSuccess: onDone },
    );
  }

  const mine = chosenOperator !== '' && chosenOperator === preselected;
  return (
    <form className="form run-form" onSubmit={submit} noValidate aria-label="Log a laser run">
      <ErrorBanner error={formLevelError(log.error, FIELDS)} />
      <SelectField
        label="Job"
        value={itemId}
        onChange={(e) => setItemId(e.target.value)}
        error={errors.projectId ?? errors.queueItemId}
      >
        <option value="">Choose a job of the queue…</option>
        {queue.data?.items.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {jobLabel(candidate)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Operator"
        value={chosenOperator}
        onChange={(e) => setOperatorId(e.target.value)}
        error={errors.operatorId}
        hint={mine ? 'Auto-selected from your sign-in' : undefined}
      >
        <option value="">Choose an operator…</option>
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.label}
          </option>
        ))}
      </SelectField>
      <div className="form__row">
        <Field
          label="Material"
          value={material}
          onChange={(e) => setMaterial(e.target.value)}
          error={errors.material}
        />
        <Field
          label="Thickness (mm)"
          inputMode="decimal"
          value={thickness}
          onChange={(e) => setThickness(e.target.value)}
          error={errors.thickness}
        />
      </div>
      <SelectField
        label="Preset"
        value={presetId}
        onChange={(e) => setPresetId(e.target.value)}
        error={errors.presetId}
      >
        <option value="">
          {usable.length ? 'No preset' : 'No active preset for this material and thickness'}
        </option>
        {usable.map((preset) => (
          <option key={preset.id} value={preset.id}>
            {preset.name} · {preset.powerW} W · {preset.speedMmMin} mm/min · {preset.gasType}
          </option>
        ))}
      </SelectField>
      <div className="form__row">
        <Field
          label="Run date"
          type="date"
          value={runDate}
          onChange={(e) => setRunDate(e.target.value)}
          error={errors.runDate}
        />
        <Field
          label="Cut minutes"
          type="number"
          min={1}
          value={cutMinutes}
          onChange={(e) => setCutMinutes(e.target.value)}
          error={errors.cutMinutes}
          hint={item?.estimatedMinutes ? `Estimated ${item.estimatedMinutes} min` : undefined}
        />
        <Field
          label="Sheets"
          type="number"
          min={0}
          value={sheets}
          onChange={(e) => setSheets(e.target.value)}
          error={errors.sheets}
        />
        <Field
          label="Parts"
          type="number"
          min={0}
          value={parts}
          onChange={(e) => setParts(e.target.value)}
          error={errors.parts}
        />
      </div>
      <TextAreaField
        label="Notes"
        rows={2}
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
        error={errors.notes}
      />
      <div className="form__actions">
        <button type="button" className="button button--ghost" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={log.isPending}>
          Log run
        </button>
      </div>
    </form>
  );
}
