import { QUANTITY_UNITS, type Quantity } from '@factoryops/contracts';
import { Field } from '../../components/field';
import { LEVEL_FIELDS, type LevelField, type LevelsValues } from './rule-values';

const LABELS: Record<LevelField | 'hysteresis', string> = {
  alarmLow: 'Alarm low',
  warningLow: 'Warning low',
  warningHigh: 'Warning high',
  alarmHigh: 'Alarm high',
  hysteresis: 'Hysteresis',
};

const TITLES: Record<Quantity, string> = { temperature: 'Temperature', humidity: 'Humidity' };
interface LevelsFieldsetProps {
  quantity: Quantity;
  values: LevelsValues;
  onChange(values: LevelsValues): void;
  /** Messages by the API's path (`temperature.warningHigh`). */
  errors: Record<string, string>;
}

/** One quantity's four levels, lowest first, and its hysteresis; an empty level is off. */
export function LevelsFieldset({ quantity, values, onChange, errors }: LevelsFieldsetProps) {
  const unit = QUANTITY_UNITS[quantity];
  const set = (field: LevelField | 'hysteresis', value: string) => onChange({ ...values, [field]: value });
  return (
    <fieldset className="field rule-levels">
      <legend>
        {TITLES[quantity]} ({unit})
      </legend>
      {errors[quantity] ? (
        <p className="field__error" role="alert">
          {errors[quantity]}
        </p>
      ) : null}
      <div className="form__row rule-levels__row">
        {LEVEL_FIELDS.map((field) => (
          <Field
            key={field}
            label={LABELS[field]}
            className={`rule-level rule-level--${field}`}
            inputMode="decimal"
            autoComplete="off"
            placeholder="off"
            value={values[field]}
            onChange={(e) => set(field, e.target.value)}
            error={errors[`${quantity}.${field}`]}
          />
        ))}
        <Field
          label={LABELS.hysteresis}
          inputMode="decimal"
          autoComplete="off"
          placeholder="0"
          value={values.hysteresis}
          onChange={(e) => set('hysteresis', e.target.value)}
          error={errors[`${quantity}.hysteresis`]}
        />
      </div>
    </fieldset>
  );
}
