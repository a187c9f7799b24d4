import type { AlarmRule } from '@factoryops/contracts';
import { type FormEvent, useState } from 'react';
import { ErrorBanner, fieldErrorsOf, formLevelError } from '../../components/error-banner';
import { Field, TextAreaField } from '../../components/field';
import { ApiError } from '../../lib/api-client';
import { durationText } from './alarm-duration';
import { LevelsFieldset } from './levels-fieldset';
import { useSaveAlarmRule } from './queries';
import { listFieldError, type RuleValues, ruleValuesOf, toRuleInput, unreadableFields } from './rule-values';

const FIELDS = [
  'enabled',
  'temperature',
  'humidity',
  'delaySeconds',
  'communicationLossIntervals',
  'calibrationDue',
  'recipients',
  'escalationRecipients',
  'escalateAfterMinutes',
];

interface AlarmRuleFormProps {
  /** The rule as fetched; the form keeps the one it started from until told to load a newer one. */
  rule: AlarmRule;
  /** The instrument's storage interval, to say what "after N missed readings" means in time. */
  storageIntervalSeconds?: number;
  editable: boolean;
  onSaved(rule: AlarmRule): void;
  onCancel(): void;
}

/**
 * A sensor's alarm rule: levels per quantity, delay, communication loss, calibration notices and who is
 * mailed. Saved with the version it was loaded at; if someone saved meanwhile the form offers their rule.
 */
export function AlarmRuleForm({
  rule,
  storageIntervalSeconds,
  editable,
  onSaved,
  onCancel,
}: AlarmRuleFormProps) {
  const save = useSaveAlarmRule();
  const [base, setBase] = useState(rule);
  const [values, setValues] = useState<RuleValues>(() => ruleValuesOf(rule));
  const [unreadable, setUnreadable] = useState<Record<string, string>>({});
  const errors = { ...fieldErrorsOf(save.error), ...unreadable };
  const conflict = save.error instanceof ApiError && save.error.status === 409;
  const changedMeanwhile = conflict || rule.version !== base.version;
  const sent = save.variables?.input;

  const set = <K extends keyof RuleValues>(field: K, value: RuleValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));

  function loadCurrent() {
    save.reset();
    setUnreadable({});
    setBase(rule);
    setValues(ruleValuesOf(rule));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = unreadableFields(values);
    setUnreadable(found);
    if (Object.keys(found).length > 0) return;
    save.mutate(
      { sensorId: base.sensorId, input: toRuleInput(values, base.version) },
      { onSuccess: onSaved },
    );
  }

  const intervals = Number(values.communicationLossIntervals);
  const lossHint =
    storageIntervalSeconds && Number.isInteger(intervals) && intervals > 0
      ? `Readings are stored every ${durationText(storageIntervalSeconds * 1000)}: raised after ${durationText(intervals * storageIntervalSeconds * 1000)} without one.`
      : 'Empty: not watched.';

  return (
    <form className="form rule-form" onSubmit={submit} noValidate>
      {changedMeanwhile ? (
        <div className="banner banner--warning rule-form__conflict" role="alert">
          <span>
            Someone saved this rule while you were editing it.
            {editable ? ' Load their rule (your changes here are dropped), then change it again.' : ''}
          </span>
          <button type="button" className="button button--small" onClick={loadCurrent}>
            Load the current rule
          </button>
        </div>
      ) : (
        <ErrorBanner error={formLevelError(save.error, FIELDS)} />
      )}
      {editable ? null : (
        <p className="banner banner--info">
          You can read this rule; changing it needs the right to manage alarms.
        </p>
      )}
      <fieldset className="rule-form__body" disabled={!editable}>
        <label className="check">
          <input
            type="checkbox"
            checked={values.enabled}
            onChange={(e) => set('enabled', e.target.checked)}
          />
          Watch this sensor
          <span className="muted small">(off: nothing is evaluated, and its open alarms clear)</span>
        </label>
        <p className="field__hint">
          Empty levels are off. Levels go alarm low ≤ warning low &lt; warning high ≤ alarm high. An alarm
          clears once the value is back inside its level by the hysteresis (a deadband against flapping).
        </p>
        <LevelsFieldset
          quantity="temperature"
          values={values.temperature}
          onChange={(levels) => set('temperature', levels)}
          errors={errors}
        />
        <LevelsFieldset
          quantity="humidity"
          values={values.humidity}
          onChange={(levels) => set('humidity', levels)}
          errors={errors}
        />
        <div className="form__row rule-form__timing">
          <Field
            label="Delay (s)"
            inputMode="numeric"
            autoComplete="off"
            placeholder="0"
            value={values.delaySeconds}
            onChange={(e) => set('delaySeconds', e.target.value)}
            error={errors.delaySeconds}
            hint="How long a level must be crossed before it counts. 0: at once."
          />
          <Field
            label="Communication loss after (missed readings)"
            inputMode="numeric"
            autoComplete="off"
            placeholder="off"
            value={values.communicationLossIntervals}
            onChange={(e) => set('communicationLossIntervals', e.target.value)}
            error={errors.communicationLossIntervals}
            hint={lossHint}
          />
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={values.calibrationDue}
            onChange={(e) => set('calibrationDue', e.target.checked)}
          />
          Calibration due notices
          <span className="muted small">
            (a warning 30 days before the calibration is due, an alarm on the day)
          </span>
        </label>
        <TextAreaField
          label="Recipients"
          rows={3}
          value={values.recipients}
          onChange={(e) => set('recipients', e.target.value)}
          error={listFieldError(errors, 'recipients', sent?.recipients ?? [])}
          hint="One address a line (or separated by commas). Mailed when an alarm is raised or goes up to the alarm level, and for calibration notices."
        />
        <div className="form__row rule-form__escalation">
          <TextAreaField
            label="Escalation recipients"
            rows={3}
            value={values.escalationRecipients}
            onChange={(e) => set('escalationRecipients', e.target.value)}
            error={listFieldError(errors, 'escalationRecipients', sent?.escalationRecipients ?? [])}
            hint="Mailed when nobody acknowledges an alarm in time."
          />
          <Field
            label="Escalate after (min)"
            inputMode="numeric"
            autoComplete="off"
            placeholder="never"
            value={values.escalateAfterMinutes}
            onChange={(e) => set('escalateAfterMinutes', e.target.value)}
            error={errors.escalateAfterMinutes}
            hint="Empty: never."
          />
        </div>
      </fieldset>
      <div className="form__actions">
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {editable ? 'Cancel' : 'Back to the rules'}
        </button>
        {editable ? (
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save rule'}
          </button>
        ) : null}
      </div>
    </form>
  );
}
