import type { FieldError } from '@factoryops/contracts';

interface RunFacts {
  projectId: string;
  material: string;
  thickness: string;
  queueItem: { projectId: string; position: number } | null;
  operator: { name: string; active: boolean };
  preset: { name: string; material: string; thickness: string; active: boolean } | null;
}

/**
 * What is wrong with the things a run names (each found already): a queue item of another project,
 * an operator taken off the run form, a preset deactivated or made for another material or thickness.
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
  else if (
    preset &&
    (preset.material.toLowerCase() !== run.material.toLowerCase() ||
      Number(preset.thickness) !== Number(run.thickness))
  )
    problems.push({
      path: 'presetId',
      message: `The preset ${preset.name} is for ${preset.material} ${preset.thickness} mm, not ${run.material} ${run.thickness} mm`,
    });
  return problems;
}
