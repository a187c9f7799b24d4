import type { InventoryItem, Operator, Preset } from '@factoryops/contracts';
import { describe, expect, it } from 'vitest';
import { operatorChoices, presetChoices, stockChoices } from './run-choices';

const operator = (id: string, name: string, active = true) => ({ id, name, active }) as Operator;
const preset = (name: string, material: string, thickness: string, active = true) =>
  ({ id: name, name, material, thickness, active }) as Preset;

describe('operatorChoices', () => {
  const operators = [operator('a', 'Ann'), operator('o', 'Olga'), operator('x', 'Xavier', false)];

  it('offers active operators only, the signed-in one first as "(You)" and preselected', () => {
    expect(operatorChoices(operators, { operator: { id: 'o', name: 'Olga' } })).toEqual({
      choices: [
        { id: 'o', label: 'Olga (You)' },
        { id: 'a', label: 'Ann' },
      ],
      preselected: 'o',
    });
  });

  it('preselects nobody for a user who is no operator, or an inactive one', () => {
    expect(operatorChoices(operators, { operator: null }).preselected).toBe('');
    const inactive = operatorChoices(operators, { operator: { id: 'x', name: 'Xavier' } });
    expect(inactive).toEqual({
      choices: [
        { id: 'a', label: 'Ann' },
        { id: 'o', label: 'Olga' },
      ],
      preselected: '',
    });
  });
});

describe('presetChoices', () => {
  const presets = [
    preset('MS 3', 'Mild steel', '3.00'),
    preset('MS 3 old', 'Mild steel', '3.00', false),
    preset('MS 5', 'Mild steel', '5.00'),
    preset('SS 3', 'Stainless steel', '3.00'),
  ];

  it('keeps the active presets of the material and thickness', () => {
    expect(presetChoices(presets, 'mild steel', '3').map((p) => p.name)).toEqual(['MS 3']);
    expect(presetChoices(presets, 'Mild steel', '5,00').map((p) => p.name)).toEqual(['MS 5']);
  });

  it('offers none until material and thickness are known', () => {
    expect(presetChoices(presets, '', '3')).toEqual([]);
    expect(presetChoices(presets, 'Mild steel', '')).toEqual([]);
    expect(presetChoices(presets, 'Mild steel', '4')).toEqual([]);
  });
});

describe('stockChoices', () => {
  const item = (code: string, materialType: string, thickness: string | null, unit = 'sheets') =>
    ({ id: code, code, materialType, thickness, unit }) as InventoryItem;
  const items = [
    item('MS-3', 'Mild steel', '3.00'),
    item('MS-3-B', 'mild steel', '3.00'),
    item('MS-5', 'Mild steel', '5.00'),
    item('MS-SCRAP', 'Mild steel', '3.00', 'kg'),
    item('O2', '', null, 'litres'),
  ];

  it('keeps the sheet items of the run’s material and thickness', () => {
    expect(stockChoices(items, 'MILD STEEL', '3').map((i) => i.code)).toEqual(['MS-3', 'MS-3-B']);
    expect(stockChoices(items, 'Mild steel', '5').map((i) => i.code)).toEqual(['MS-5']);
    expect(stockChoices(items, 'Mild steel', '')).toEqual([]);
  });
});
