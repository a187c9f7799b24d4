import type { InventoryItem, Me, Operator, Preset } from '@factoryops/contracts';

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

/** Whether a material and thickness are the run's: the material in any case, `3` = `3.00` mm. */
function ofRunMaterial(material: string, thickness: string) {
  const wanted = material.trim().toLowerCase();
  const mm = Number(thickness.replace(',', '.'));
  return (candidate: { material: string; thickness: string | null }) =>
    wanted !== '' &&
    mm > 0 &&
    candidate.material.toLowerCase() === wanted &&
    Number(candidate.thickness) === mm;
}

/** The presets a run may use: active, for its material (whatever the case) and exactly its thickness. */
export function presetChoices(presets: Preset[], material: string, thickness: string): Preset[] {
  const fits = ofRunMaterial(material, thickness);
  return presets.filter((preset) => preset.active && fits(preset));
}

/**
 * The stock items a run may take its sheets from: those counted in sheets, of its material and
 * thickness. The server takes the only one when none is chosen, and asks for a choice among several.
 */
export function stockChoices(items: InventoryItem[], material: string, thickness: string): InventoryItem[] {
  const fits = ofRunMaterial(material, thickness);
  return items.filter(
    (item) => item.unit === 'sheets' && fits({ material: item.materialType, thickness: item.thickness }),
  );
}
