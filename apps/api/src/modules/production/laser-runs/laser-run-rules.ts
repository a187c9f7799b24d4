import type { FieldError, InventoryUnit } from '@factoryops/contracts';

/** A stock item as a run sees it. */
interface StockFacts {
  code: string;
  unit: InventoryUnit;
  materialType: string;
  thickness: string | null;
}

interface RunFacts {
  projectId: string;
  material: string;
  thickness: string;
  queueItem: { projectId: string; position: number } | null;
  operator: { name: string; active: boolean };
  preset: { name: string; material: string; thickness: string; active: boolean } | null;
  /**
   * Where its sheets come from: the item it names (`chosen`), or else the sheet items of its material
   * and thickness (`matches`), of which the only one is taken.
   */
  stock: { chosen: StockFacts | null; matches: StockFacts[] };
}

/** Whether `material` and `thickness` are the run's (the material in any case, 3 = 3.00 mm). */
const sameMaterial = (run: RunFacts, material: string, thickness: string | null) =>
  material.toLowerCase() === run.material.toLowerCase() && Number(thickness) === Number(run.thickness);

/**
 * What is wrong with the things a run names (each found already): a queue item of another project,
 * an operator taken off the run form, a preset deactivated or made for another material or thickness,
 * a stock item not of sheets or of another material or thickness — or, when it names none, several
 * sheet items of its material and thickness to choose from.
 */
export function runReferenceProblems(run: RunFacts): FieldError[] {
  const problems: FieldError[] = [];
  if (run.queueItem && run.queueItem.projectId !== run.projectId)
    problems.push({
      path: 'queueItemId',
      message: `Queue item ${run.queueItem.position} belongs to another project`,
    });
  if (!run.operator.active)
    problems.push({ path: 'operatorId', message: `${run.operator.name} is not an active operator` });
  const preset = run.preset;
  if (preset && !preset.active)
    problems.push({ path: 'presetId', message: `The preset ${preset.name} is deactivated` });
  else if (preset && !sameMaterial(run, preset.material, preset.thickness))
    problems.push({
      path: 'presetId',
      message: `The preset ${preset.name} is for ${preset.material} ${preset.thickness} mm, not ${run.material} ${run.thickness} mm`,
    });
  const { chosen, matches } = run.stock;
  if (chosen && chosen.unit !== 'sheets')
    problems.push({
      path: 'inventoryItemId',
      message: `${chosen.code} is counted in ${chosen.unit}, not sheets`,
    });
  else if (chosen && !sameMaterial(run, chosen.materialType, chosen.thickness))
    problems.push({
      path: 'inventoryItemId',
      message: `${chosen.code} is ${chosen.materialType || 'no material'} ${chosen.thickness ?? '?'} mm, not ${run.material} ${run.thickness} mm`,
    });
  if (!chosen && matches.length > 1)
    problems.push({
      path: 'inventoryItemId',
      message: `Several stock items are ${run.material} ${run.thickness} mm (${matches.map((item) => item.code).join(', ')}): choose the one its sheets come from`,
    });
  return problems;
}
