import type { Preset } from '@factoryops/contracts';
import { describe, expect, it } from 'vitest';
import { missingPresetNumbers, presetFormValues, presetInput } from './preset-form-values';

const preset: Preset = {
  id: '9a4e1c62-3f7b-4d0e-8a53-2b6f1c0d9e77',
  name: 'Mild steel 3 mm O2',
  material: 'Mild steel',
  thickness: '3.00',
  powerW: 3000,
  speedMmMin: 3200,
  frequencyHz: null,
  gasType: 'O2',
  gasPressureBar: '0.80',
  nozzleMm: '1.20',
  focusMm: '-1.50',
  active: true,
  notes: '',
  createdAt: '2026-05-04T08:00:00.000Z',
  updatedAt: '2026-05-04T08:00:00.000Z',
  version: 1,
};

describe('the preset form', () => {
  it('saves a preset back as it was, decimals as strings and no frequency as null', () => {
    const { id, createdAt, updatedAt, version, ...fields } = preset;
    expect(presetInput(presetFormValues(preset))).toEqual(fields);
  });

  it('asks for the power and speed before sending, and sends empty optional settings as null', () => {
    const values = { ...presetFormValues(), name: 'New', material: 'Aluminium', thickness: '2' };
    expect(missingPresetNumbers(values)).toEqual({
      powerW: 'Enter the laser power in W',
      speedMmMin: 'Enter the cutting speed in mm/min',
    });
    const filled = { ...values, powerW: '2000', speedMmMin: ' 6000 ' };
    expect(missingPresetNumbers(filled)).toEqual({});
    expect(presetInput(filled)).toMatchObject({
      thickness: '2',
      powerW: 2000,
      speedMmMin: 6000,
      frequencyHz: null,
      nozzleMm: null,
      active: true,
      gasType: 'N2',
    });
  });
});
