import type { Me, Operator, Preset } from '@factoryops/contracts';

export interface OperatorChoice {
  id: string;
  label: string;
}

/**
 * The operators a run may name — the active ones — with the signed-in user's own marked "(You)" and
 * listed first. `preselected` is theirs when they are an active operator, else nothing.
 */
export function operatorChoices(operators: Operator[], me: Pick<Me, 'operator'> | undefined) {
  const mine = me?.operator?.id;
  const active = operators.filter((operator) => operator.active);
  const choices: OperatorChoice[] = active
    .map((operator) => ({
      id: operator.id,
      label: operator.id === mine ? `${operator.name} (You)` : operator.name,
    }))
    .sort((a, b) => Number(b.id === mine) - Number(a.id === mine));
  return { choices, preselected: active.some((operator) => operator.id === mine) ? (mine as string) : '' };
}

/** The presets a run may use: active, for its material (whatever the case) and exactly its thickness. */
export function presetChoices(presets: Preset[], material: string, thickness: string): Preset[] {
  const wanted = material.trim().toLowerCase();
  const mm = Number(thickness.replace(',', '.'));
  if (!wanted || !(mm > 0)) return [];
  return presets.filter(
    (preset) => preset.active && preset.material.toLowerCase() === wanted && Number(preset.thickness) === mm,
  );
}
