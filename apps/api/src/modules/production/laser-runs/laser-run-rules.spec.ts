import { describe, expect, it } from '@jest/globals';
import { runReferenceProblems } from './laser-run-rules.js';

const run = {
  projectId: 'p1',
  material: 'Mild steel',
  thickness: '3',
  queueItem: { projectId: 'p1', position: 4 },
  operator: { name: 'Olive', active: true },
  preset: { name: 'MS 3', material: 'Mild Steel', thickness: '3.00', active: true },
  stock: { chosen: null, matches: [] },
};
const sheets = { code: 'MS-3', unit: 'sheets', materialType: 'mild steel', thickness: '3.00' } as const;

describe('runReferenceProblems', () => {
  it('accepts a run whose queue item, operator and preset fit (material in any case, 3 = 3.00 mm)', () => {
    expect(runReferenceProblems(run)).toEqual([]);
    expect(runReferenceProblems({ ...run, queueItem: null, preset: null })).toEqual([]);
  });

  it('takes a chosen sheet item of its material and thickness, or the only one that matches', () => {
    expect(runReferenceProblems({ ...run, stock: { chosen: sheets, matches: [] } })).toEqual([]);
    expect(runReferenceProblems({ ...run, stock: { chosen: null, matches: [sheets] } })).toEqual([]);
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
    [
      { stock: { chosen: { ...sheets, unit: 'kg' as const }, matches: [] } },
      'inventoryItemId',
      'MS-3 is counted in kg, not sheets',
    ],
    [
      { stock: { chosen: { ...sheets, thickness: '2.00' }, matches: [] } },
      'inventoryItemId',
      'MS-3 is mild steel 2.00 mm, not Mild steel 3 mm',
    ],
    [
      { stock: { chosen: null, matches: [sheets, { ...sheets, code: 'MS-3-B' }] } },
      'inventoryItemId',
      'Several stock items are Mild steel 3 mm (MS-3, MS-3-B): choose the one its sheets come from',
    ],
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
