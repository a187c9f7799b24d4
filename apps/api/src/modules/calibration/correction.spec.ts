import { describe, expect, it } from '@jest/globals';
import { correctionAt } from './correction.js';

// Three points as a laboratory reports them: reference, and what the sensor indicated.
const temperature = [
  { reference: 15, indication: 15.2 }, // correction −0.2
  { reference: 20, indication: 20.1 }, // correction −0.1
  { reference: 30, indication: 29.8 }, // correction +0.2
];

describe('correctionAt', () => {
  it.each([
    ['at the first point', 15.2, -0.2],
    ['at the middle point', 20.1, -0.1],
    ['at the last point', 29.8, 0.2],
    ['half way between the first two', 17.65, -0.15],
    ['a quarter of the way between the last two', 22.525, -0.025],
    ['below the first point (flat)', 5, -0.2],
    ['above the last point (flat)', 40, 0.2],
  ])('%s', (_case, indicated, expected) => {
    expect(correctionAt(temperature, indicated)).toBeCloseTo(expected, 10);
  });

  it('gives the same answer whatever order the points come in', () => {
    const shuffled = [temperature[2], temperature[0], temperature[1]].filter((point) => point !== undefined);
    for (const indicated of [10, 15.2, 17.65, 25, 29.8, 35])
      expect(correctionAt(shuffled, indicated)).toBeCloseTo(correctionAt(temperature, indicated), 10);
  });

  it('with one point, corrects by that point everywhere', () => {
    const one = [{ reference: 50, indication: 51.5 }];
    for (const indicated of [0, 51.5, 90]) expect(correctionAt(one, indicated)).toBeCloseTo(-1.5, 10);
  });

  it('without points, corrects nothing', () => {
    expect(correctionAt([], 21.3)).toBe(0);
  });

  it('follows the worked example in docs/calibration.md', () => {
    const humidity = [
      { reference: 20, indication: 21.0 },
      { reference: 50, indication: 50.6 },
      { reference: 80, indication: 79.1 },
    ];
    // 65.0 %RH indicated lies between 50.6 (−0.6) and 79.1 (+0.9): −0.6 + (14.4 / 28.5) × 1.5
    expect(correctionAt(humidity, 65)).toBeCloseTo(0.157_894_736_8, 9);
    expect(65 + correctionAt(humidity, 65)).toBeCloseTo(65.157_894_736_8, 9);
  });
});
