import { describe, expect, it } from '@jest/globals';
import { runReferenceProblems } from './laser-run-rules.js';

const run = {
  projectId: 'p1',
  material: 'Mild steel',
  thickness: '3',
  queueItem: { projectId: 'p1', position: 4 },
  operator: { name: 'Olive', active: true },
  preset: { name: 'MS 3', material: 'Mild Steel', thickness: '3.00', active: true },
};

describe('runReferenceProblems', () => {
  it('accepts a run whose queue item, operator and preset fit (material in any case, 3 = 3.00 mm)', () => {
    expect(runReferenceProblems(run)).toEqual([]);
    expect(runReferenceProblems({ ...run, queueItem: null, preset: null })).toEqual([]);
  });

  it.each([
    [
      { queueItem: { projectId: 'p2', position: 4 } },
      'queueItemId',
      'Queue item 4 belongs to another project',
    ],
    [{ operator: { name: 'Olive', active: false } }, 'operatorId', 'Olive is not an active operator'],
    [{ preset: { ...run.preset, active: false } }, 'presetId', 'The preset MS 3 is deactivated'],
    [{ thickness: '2.5' }, 'presetId', 'The preset MS 3 is for Mild Steel 3.00 mm, not Mild steel 2.5 mm'],
    [{ material: 'Stainless' }, 'presetId', 'The preset MS 3 is for Mild Steel 3.00 mm, not Stainless 3 mm'],
  ])('refuses %o naming %s', (change, path, message) => {
    expect(runReferenceProblems({ ...run, ...change })).toEqual([{ path, message }]);
  });

  it('names every problem at once', () => {
    const problems = runReferenceProblems({
      ...run,
      queueItem: { projectId: 'p2', position: 1 },
      operator: { name: 'Olive', active: false },
      material: 'Aluminium',
    });
    expect(problems.map((problem) => problem.path)).toEqual(['queueItemId', 'operatorId', 'presetId']);
  });
});
