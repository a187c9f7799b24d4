import type { CreatePresetInput, GAS_TYPES, Preset } from '@factoryops/contracts';
import { decimalOrNull, inputText, numberOrNull } from '../form-values';

type GasType = (typeof GAS_TYPES)[number];

/** The preset form as typed. */
export interface PresetFormValues {
  name: string;
  material: string;
  thickness: string;
  powerW: string;
  speedMmMin: string;
  frequencyHz: string;
  gasType: GasType;
  gasPressureBar: string;
  nozzleMm: string;
  focusMm: string;
  active: boolean;
  notes: string;
}

export const PRESET_FORM_FIELDS = [
  'name',
  'material',
  'thickness',
  'powerW',
  'speedMmMin',
  'frequencyHz',
  'gasType',
  'gasPressureBar',
  'nozzleMm',
  'focusMm',
  'active',
  'notes',
];

export function presetFormValues(preset?: Preset): PresetFormValues {
  return {
    name: preset?.name ?? '',
    material: preset?.material ?? '',
    thickness: preset?.thickness ?? '',
    powerW: inputText(preset?.powerW),
    speedMmMin: inputText(preset?.speedMmMin),
    frequencyHz: inputText(preset?.frequencyHz),
    gasType: preset?.gasType ?? 'N2',
    gasPressureBar: inputText(preset?.gasPressureBar),
    nozzleMm: inputText(preset?.nozzleMm),
    focusMm: inputText(preset?.focusMm),
    active: preset?.active ?? true,
    notes: preset?.notes ?? '',
  };
}

/**
 * The required numbers left empty, with what to enter. Checked before sending: on an edit, a number
 * left out would keep its old value unseen.
 */
export function missingPresetNumbers(values: PresetFormValues): Record<string, string> {
  const missing: Record<string, string> = {};
  if (!values.powerW.trim()) missing.powerW = 'Enter the laser power in W';
  if (!values.speedMmMin.trim()) missing.speedMmMin = 'Enter the cutting speed in mm/min';
  return missing;
}

/** The preset as the API takes it: decimals as strings, the optional settings null when empty. */
export function presetInput(values: PresetFormValues): CreatePresetInput {
  return {
    name: values.name,
    material: values.material,
    thickness: decimalOrNull(values.thickness) ?? '',
    powerW: Number(values.powerW.trim()),
    speedMmMin: Number(values.speedMmMin.trim()),
    frequencyHz: numberOrNull(values.frequencyHz),
    gasType: values.gasType,
    gasPressureBar: decimalOrNull(values.gasPressureBar),
    nozzleMm: decimalOrNull(values.nozzleMm),
    focusMm: decimalOrNull(values.focusMm),
    active: values.active,
    notes: values.notes,
  };
}
