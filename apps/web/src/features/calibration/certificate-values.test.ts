import type { Certificate } from '@factoryops/contracts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  correctionOf,
  correctionText,
  emptyValues,
  missingFields,
  pointRow,
  pointsOf,
  toCreateInput,
  toUpdateInput,
  valuesOf,
} from './certificate-values';

const row = (reference: string, indication: string) => ({ ...pointRow(), reference, indication });

const certificate: Certificate = {
  id: '7d0c1f56-2f4e-4d7a-9a43-2b1f3f1c9b01',
  sensorId: '5b3f1f56-2f4e-4d7a-9a43-2b1f3f1c9b02',
  sensorName: 'Lab 1A',
  instrumentId: '4a2f1f56-2f4e-4d7a-9a43-2b1f3f1c9b03',
  instrumentName: 'Calibration lab',
  number: 'CAL-2026-001',
  calibratedOn: '2026-11-20',
  validFrom: '2026-11-23T13:30:45Z',
  validUntil: null,
  dueOn: '2027-11-20',
  laboratory: 'Metrology Ltd',
  notes: '',
  temperaturePoints: [
    { reference: 10, indication: 10.12 },
    { reference: 20, indication: 19.97 },
  ],
  humidityPoints: [{ reference: 50, indication: 51.5 }],
  file: null,
  createdAt: '2026-11-23T13:31:00Z',
  updatedAt: '2026-11-23T13:31:00Z',
  version: 3,
};

describe('correction column', () => {
  it('is reference − indication, to the digits typed', () => {
    expect(correctionOf(row('20', '19.97'))).toBe(0.03);
    expect(correctionOf(row('10', '10.12'))).toBe(-0.12);
    expect(correctionOf(row('50,0', '51,5'))).toBe(-1.5);
    expect(correctionOf(row('-20', '-20'))).toBe(0);
  });

  it('stays empty until both cells are numbers', () => {
    expect(correctionOf(row('20', ''))).toBeNull();
    expect(correctionOf(row('abc', '1'))).toBeNull();
    expect(correctionText(row('', '19.9'))).toBe('');
  });

  it('is written with its sign and the decimals typed', () => {
    expect(correctionText(row('20', '19.97'))).toBe('+0.03');
    expect(correctionText(row('10.000', '10.15'))).toBe('-0.150');
    expect(correctionText(row('30', '30'))).toBe('0');
  });
});

describe('certificate form ↔ API input', () => {
  beforeEach(() => {
    vi.stubEnv('TZ', 'Europe/Prague');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('asks for the required fields before sending', () => {
    expect(missingFields(emptyValues())).toEqual({
      sensorId: 'Choose a sensor',
      number: 'Enter the certificate number',
      calibratedOn: 'Enter the day of the calibration',
      validFrom: 'Enter when the certificate starts to apply',
      dueOn: 'Enter the day the next calibration is due',
    });
    expect(missingFields({ ...valuesOf(certificate), number: '  ' })).toEqual({
      number: 'Enter the certificate number',
    });
  });

  it('sends the validity start with the zone’s offset and the points as numbers', () => {
    const values = {
      ...emptyValues(certificate.sensorId),
      number: 'CAL-1',
      calibratedOn: '2026-11-20',
      validFrom: '2026-11-23T14:30',
      dueOn: '2027-11-20',
      temperaturePoints: [row('10', '10.12'), row('20', '19.97')],
      humidityPoints: [row('50', '51.5')],
    };
    expect(toCreateInput(values)).toEqual({
      sensorId: certificate.sensorId,
      number: 'CAL-1',
      calibratedOn: '2026-11-20',
      validFrom: '2026-11-23T14:30:00+01:00',
      dueOn: '2027-11-20',
      laboratory: '',
      notes: '',
      temperaturePoints: [
        { reference: 10, indication: 10.12 },
        { reference: 20, indication: 19.97 },
      ],
      humidityPoints: [{ reference: 50, indication: 51.5 }],
    });
  });

  it('sends a blank cell as null, for the server to point at', () => {
    const points = pointsOf([row('10', ''), row('', '5')]);
    expect(JSON.parse(JSON.stringify(points))).toEqual([
      { reference: 10, indication: null },
      { reference: null, indication: 5 },
    ]);
  });

  it('reads a certificate into the form, and an untouched form changes nothing but asks with the version', () => {
    const values = valuesOf(certificate);
    expect(values.validFrom).toBe('2026-11-23T14:30');
    expect(values.temperaturePoints.map((p) => [p.reference, p.indication])).toEqual([
      ['10', '10.12'],
      ['20', '19.97'],
    ]);
    expect(toUpdateInput(values, certificate)).toEqual({ version: 3 });
  });

  it('sends only what changed', () => {
    const values = valuesOf(certificate);
    const edited = {
      ...values,
      notes: 'Seal replaced',
      validFrom: '2026-11-24T08:00',
      humidityPoints: [...values.humidityPoints, row('80', '78.9')],
    };
    expect(toUpdateInput(edited, certificate)).toEqual({
      version: 3,
      notes: 'Seal replaced',
      validFrom: '2026-11-24T08:00:00+01:00',
      humidityPoints: [
        { reference: 50, indication: 51.5 },
        { reference: 80, indication: 78.9 },
      ],
    });
  });
});
