import { type QueueItem, quantityLabel } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { ErrorBanner, fieldErrorsOf, formLevelError } from '../../../components/error-banner';
import { SelectField } from '../../../components/field';
import { FormActions } from '../../../components/form-actions';
import { localIsoDate } from '../../../lib/format';
import { decimalOrNull, inputText, numberOrNull } from '../form-values';
import { stockChoicesQuery } from '../inventory/queries';
import { stockAfterEntry } from '../inventory/stock-figures';
import { operatorListQuery, presetListQuery, projectQuery, queueQuery } from '../queries';
import { typedFields } from '../typed-fields';
import { meQuery, useLogRun } from './queries';
import { operatorChoices, presetChoices, stockChoices } from './run-choices';
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
  'inventoryItemId',
];
/** The stock choice of a run cut from the client's own material. */
const NOT_FROM_STOCK = 'none';

const jobLabel = (item: QueueItem) =>
  `${item.projectCode} · ${item.projectName} (${item.clientName})${item.status === 'In Progress' ? ' — cutting' : ''}`;

/**
 * Logs a laser run against a job of the queue: the signed-in user's operator preselected and marked
 * "(You)", only active operators, only the active presets made for the run's material and thickness, and
 * the stock its sheets come from (the only sheet item of that material and thickness preselected).
 */
export function RunForm({ queueItemId, onDone }: { queueItemId?: string; onDone(): void }) {
  const log = useLogRun();
  const me = useQuery(meQuery);
  const queue = useQuery(queueQuery('active'));
  const operators = useQuery(operatorListQuery({ active: 'true' }));
  const presets = useQuery(presetListQuery({ active: 'true' }));
  const stock = useQuery(stockChoicesQuery);
  const [values, setValues] = useState(() => ({
    itemId: queueItemId ?? '',
    presetId: '',
    runDate: localIsoDate(new Date()),
    cutMinutes: '',
    material: '',
    thickness: '',
    sheets: '',
    parts: '',
    notes: '',
  }));
  // Null until the user picks one: the signed-in user's operator is shown chosen meanwhile.
  const [operatorId, setOperatorId] = useState<string | null>(null);
  // Likewise the stock item: the only one of the run's material and thickness is shown chosen meanwhile.
  const [stockId, setStockId] = useState<string | null>(null);
  const item = queue.data?.items.find((candidate) => candidate.id === values.itemId);
  const project = useQuery({ ...projectQuery(item?.projectId ?? ''), enabled: Boolean(item) });
  const errors = fieldErrorsOf(log.error);
  const { text, date, decimal, whole, longText, choice } = typedFields(values, setValues, errors);

  const { choices, preselected } = operatorChoices(operators.data?.items ?? [], me.data);
  const chosenOperator = operatorId ?? preselected;
  const usable = presetChoices(presets.data?.items ?? [], values.material, values.thickness);
  const sheetItems = stockChoices(stock.data?.items ?? [], values.material, values.thickness);
  const picked =
    stockId === NOT_FROM_STOCK || sheetItems.some((candidate) => candidate.id === stockId) ? stockId : null;
  const chosenStock = picked ?? (sheetItems.length === 1 ? sheetItems[0].id : '');
  const stockItem = sheetItems.find((candidate) => candidate.id === chosenStock);
  const taken =
    stockItem && values.sheets ? stockAfterEntry(stockItem.quantityOnHand, 'Usage', values.sheets) : null;

  // The job's own material, thickness, sheets and parts, once the job is chosen.
  const job = project.data;
  useEffect(() => {
    if (!job) return;
    setValues((current) => ({
      ...current,
      material: job.materialType,
      thickness: inputText(job.materialThickness),
      sheets: inputText(job.sheets),
      parts: inputText(job.parts),
    }));
  }, [job]);
  const { presetId } = values;
  useEffect(() => {
    if (presetId && !usable.some((preset) => preset.id === presetId))
      setValues((current) => ({ ...current, presetId: '' }));
  }, [presetId, usable]);

  function submit(event: FormEvent) {
    event.preventDefault();
    log.mutate(
      {
        projectId: item?.projectId ?? '',
        queueItemId: item?.id ?? null,
        operatorId: chosenOperator,
        presetId: presetId || null,
        runDate: values.runDate,
        cutMinutes: numberOrNull(values.cutMinutes) ?? 0,
        material: values.material,
        thickness: decimalOrNull(values.thickness) ?? '',
        sheets: numberOrNull(values.sheets) ?? 0,
        parts: numberOrNull(values.parts) ?? 0,
        notes: values.notes,
        // Left out (none chosen among several, or none to choose): the server matches, or asks for a choice.
        inventoryItemId: chosenStock === NOT_FROM_STOCK ? null : chosenStock || undefined,
      },
      { onSuccess: onDone },
    );
  }

  const mine = chosenOperator !== '' && chosenOperator === preselected;
  return (
    <form className="form run-form" onSubmit={submit} noValidate aria-label="Log a laser run">
      <ErrorBanner error={formLevelError(log.error, FIELDS)} />
      {choice(
        'itemId',
        'Job',
        <>
          <option value="">Choose a job of the queue…</option>
          {queue.data?.items.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {jobLabel(candidate)}
            </option>
          ))}
        </>,
        errors.projectId ?? errors.queueItemId,
      )}
      <SelectField
        label="Operator"
        value={chosenOperator}
        onChange={(e) => setOperatorId(e.target.value)}
        error={errors.operatorId}
        hint={mine ? 'Auto-selected from your sign-in' : undefined}
      >
        <option value="">Choose an operator…</option>
        {choices.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.label}
          </option>
        ))}
      </SelectField>
      <div className="form__row">
        {text('material', 'Material')}
        {decimal('thickness', 'Thickness (mm)', '3.00')}
      </div>
      {choice(
        'presetId',
        'Preset',
        <>
          <option value="">
            {usable.length ? 'No preset' : 'No active preset for this material and thickness'}
          </option>
          {usable.map((preset) => (
            <option key={preset.id} value={preset.id}>
              {preset.name} · {preset.powerW} W · {preset.speedMmMin} mm/min · {preset.gasType}
            </option>
          ))}
        </>,
      )}
      <SelectField
        label="Sheets from stock"
        value={chosenStock}
        onChange={(e) => setStockId(e.target.value)}
        error={errors.inventoryItemId}
        disabled={sheetItems.length === 0}
        hint={
          stockItem && taken
            ? taken.short
              ? `Only ${quantityLabel(stockItem.quantityOnHand, 'sheets')} of ${stockItem.code} in stock`
              : `Takes ${quantityLabel(values.sheets, 'sheets')} from ${stockItem.code}: ${quantityLabel(taken.after, 'sheets')} left`
            : undefined
        }
      >
        <option value="">
          {sheetItems.length ? 'Choose the stock item…' : 'No stock item of this material and thickness'}
        </option>
        {sheetItems.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.code} · {candidate.name} ({quantityLabel(candidate.quantityOnHand, 'sheets')} on hand)
          </option>
        ))}
        {sheetItems.length ? (
          <option value={NOT_FROM_STOCK}>Not from stock (the client’s own material)</option>
        ) : null}
      </SelectField>
      <div className="form__row">
        {date('runDate', 'Run date')}
        {whole('cutMinutes', 'Cut minutes', {
          min: 1,
          hint: item?.estimatedMinutes ? `Estimated ${item.estimatedMinutes} min` : undefined,
        })}
        {whole('sheets', 'Sheets')}
        {whole('parts', 'Parts')}
      </div>
      {longText('notes', 'Notes')}
      <FormActions submitLabel="Log run" pending={log.isPending} onCancel={onDone} />
    </form>
  );
}
