import type { Project, UpdateProjectInput } from '@factoryops/contracts';
import { decimalOrNull, inputText, numberOrNull, textOrNull } from '../form-values';

const DATES = ['quoteDate', 'approvalDate', 'dueDate', 'scheduledCutDate'] as const;
const DECIMALS = ['quotedPrice', 'finalPrice', 'materialThickness'] as const;
const COUNTS = ['sheets', 'parts', 'estimatedCutMinutes', 'drawingMinutes', 'bins'] as const;

const TYPED = ['name', 'description', 'materialType', ...DATES, ...DECIMALS, ...COUNTS] as const;
export type ProjectTypedField = (typeof TYPED)[number];

/** The project form as typed: text for every date, price and count, check boxes for the flags. */
export type ProjectFormValues = Record<ProjectTypedField, string> & {
  onHold: boolean;
  clientNotified: boolean;
};

/** Every field a project's form edits, named as the API names them (for field errors). */
export const PROJECT_FORM_FIELDS: string[] = ['clientId', 'status', ...TYPED, 'onHold', 'clientNotified'];

export function projectFormValues(project?: Project): ProjectFormValues {
  const typed = Object.fromEntries(TYPED.map((field) => [field, inputText(project?.[field])]));
  return {
    ...(typed as Record<ProjectTypedField, string>),
    onHold: project?.onHold ?? false,
    clientNotified: project?.clientNotified ?? false,
  };
}

/**
 * The fields as the API takes them: an empty date, price or count is none (null), prices and the
 * thickness stay decimal strings, counts and minutes are numbers.
 */
export function projectInput(values: ProjectFormValues): Required<Omit<UpdateProjectInput, 'version'>> {
  const dates = Object.fromEntries(DATES.map((field) => [field, textOrNull(values[field])]));
  const decimals = Object.fromEntries(DECIMALS.map((field) => [field, decimalOrNull(values[field])]));
  const counts = Object.fromEntries(COUNTS.map((field) => [field, numberOrNull(values[field])]));
  return {
    name: values.name,
    description: values.description,
    materialType: values.materialType,
    onHold: values.onHold,
    clientNotified: values.clientNotified,
    ...(dates as Record<(typeof DATES)[number], string | null>),
    ...(decimals as Record<(typeof DECIMALS)[number], string | null>),
    ...(counts as Record<(typeof COUNTS)[number], number | null>),
  };
}
