import type {
  Certificate,
  CorrectionPoint,
  CreateCertificateInput,
  UpdateCertificateInput,
} from '@factoryops/contracts';
import { fromDateTimeLocal, toDateTimeLocal } from './local-time';

/** One editable row of a correction table, as typed; `key` keeps React's rows apart. */
export interface PointRow {
  key: string;
  reference: string;
  indication: string;
}

export const QUANTITY_FIELDS = ['temperaturePoints', 'humidityPoints'] as const;
export type PointsField = (typeof QUANTITY_FIELDS)[number];

/** The certificate form as typed: text for every field; `validFrom` as a `datetime-local` value. */
export interface CertificateValues {
  sensorId: string;
  number: string;
  calibratedOn: string;
  validFrom: string;
  dueOn: string;
  laboratory: string;
  notes: string;
  temperaturePoints: PointRow[];
  humidityPoints: PointRow[];
}

let lastKey = 0;
export function pointRow(point?: CorrectionPoint): PointRow {
  lastKey += 1;
  return {
    key: `point-${lastKey}`,
    reference: point ? String(point.reference) : '',
    indication: point ? String(point.indication) : '',
  };
}

export function emptyValues(sensorId = ''): CertificateValues {
  return {
    sensorId,
    number: '',
    calibratedOn: '',
    validFrom: '',
    dueOn: '',
    laboratory: '',
    notes: '',
    temperaturePoints: [],
    humidityPoints: [],
  };
}

export function valuesOf(certificate: Certificate): CertificateValues {
  return {
    sensorId: certificate.sensorId,
    number: certificate.number,
    calibratedOn: certificate.calibratedOn,
    validFrom: toDateTimeLocal(certificate.validFrom),
    dueOn: certificate.dueOn,
    laboratory: certificate.laboratory,
    notes: certificate.notes,
    temperaturePoints: certificate.temperaturePoints.map(pointRow),
    humidityPoints: certificate.humidityPoints.map(pointRow),
  };
}

/** A typed number (a decimal comma is read as a point); blank or not a number is NaN. */
export function parseNumber(text: string): number {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

const decimals = (text: string) => text.trim().replace(',', '.').split('.')[1]?.length ?? 0;

/** The correction at a row, reference − indication, or null until both are numbers. */
export function correctionOf(row: Pick<PointRow, 'reference' | 'indication'>): number | null {
  const reference = parseNumber(row.reference);
  const indication = parseNumber(row.indication);
  if (!Number.isFinite(reference) || !Number.isFinite(indication)) return null;
  const places = Math.max(decimals(row.reference), decimals(row.indication));
  // Rounded to the digits typed, so 20 − 19.97 is 0.03 and not 0.030000000000000782.
  return Number((reference - indication).toFixed(places));
}

/** The correction as the table shows it, signed and with as many decimals as typed: "+0.03", "-0.150". */
export function correctionText(row: Pick<PointRow, 'reference' | 'indication'>): string {
  const correction = correctionOf(row);
  if (correction === null) return '';
  const places = Math.max(decimals(row.reference), decimals(row.indication));
  return new Intl.NumberFormat(undefined, {
    minimumFractionDigits: places,
    maximumFractionDigits: places,
    signDisplay: 'exceptZero',
  }).format(correction);
}

/**
 * The rows as the API takes them. A blank or unreadable cell goes as NaN, which JSON writes as null,
 * so the server answers "Enter a number" at that very cell (`temperaturePoints.1.indication`).
 */
export function pointsOf(rows: PointRow[]): CorrectionPoint[] {
  return rows.map((row) => ({
    reference: parseNumber(row.reference),
    indication: parseNumber(row.indication),
  }));
}

const REQUIRED: [keyof CertificateValues, string][] = [
  ['sensorId', 'Choose a sensor'],
  ['number', 'Enter the certificate number'],
  ['calibratedOn', 'Enter the day of the calibration'],
  ['validFrom', 'Enter when the certificate starts to apply'],
  ['dueOn', 'Enter the day the next calibration is due'],
];

/** Messages for the fields left empty (checked before sending; the server checks everything else). */
export function missingFields(values: CertificateValues): Record<string, string> {
  return Object.fromEntries(
    REQUIRED.filter(([field]) => String(values[field]).trim() === '').map(([field, message]) => [
      field,
      message,
    ]),
  );
}

export function toCreateInput(values: CertificateValues): CreateCertificateInput {
  return {
    sensorId: values.sensorId,
    number: values.number,
    calibratedOn: values.calibratedOn,
    validFrom: fromDateTimeLocal(values.validFrom),
    dueOn: values.dueOn,
    laboratory: values.laboratory,
    notes: values.notes,
    temperaturePoints: pointsOf(values.temperaturePoints),
    humidityPoints: pointsOf(values.humidityPoints),
  };
}

const samePoints = (a: CorrectionPoint[], b: CorrectionPoint[]) =>
  a.length === b.length &&
  a.every((point, i) => point.reference === b[i].reference && point.indication === b[i].indication);

/**
 * Only what changed, with the version seen: an unchanged validity start or unchanged points are left
 * out, so fixing a typo in the notes does not recompute the sensor's readings. The start is compared as
 * the form shows it (to the minute), so seconds the form cannot show are kept.
 */
export function toUpdateInput(values: CertificateValues, certificate: Certificate): UpdateCertificateInput {
  const input: UpdateCertificateInput = { version: certificate.version };
  const texts = ['number', 'calibratedOn', 'dueOn', 'laboratory', 'notes'] as const;
  for (const field of texts) if (values[field] !== certificate[field]) input[field] = values[field];
  if (values.validFrom !== toDateTimeLocal(certificate.validFrom))
    input.validFrom = fromDateTimeLocal(values.validFrom);
  for (const field of QUANTITY_FIELDS) {
    const points = pointsOf(values[field]);
    if (!samePoints(points, certificate[field])) input[field] = points;
  }
  return input;
}
