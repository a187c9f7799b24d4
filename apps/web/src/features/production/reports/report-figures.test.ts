import { describe, expect, it } from 'vitest';
import { compactAmount, efficiencyColor, minutesText, percentText } from './report-figures';

describe('report figures', () => {
  it('writes percentages, signed for variances', () => {
    expect(percentText('96.0')).toBe('96.0 %');
    expect(percentText('4.2', true)).toBe('+4.2 %');
    expect(percentText('-0.6', true)).toBe('-0.6 %');
    expect(percentText('0.0', true)).toBe('0.0 %');
    expect(percentText(null)).toBe('—');
  });

  it('writes minutes without idle zeros', () => {
    expect(minutesText('120.00')).toBe('120 min');
    expect(minutesText('36.50')).toBe('36.5 min');
    expect(minutesText('5.00', true)).toBe('+5 min');
    expect(minutesText('-1.00', true)).toBe('-1 min');
    expect(minutesText('0.00', true)).toBe('0 min');
    expect(minutesText(125)).toBe('125 min');
    expect(minutesText(100)).toBe('100 min');
    expect(minutesText('100')).toBe('100 min');
    expect(minutesText('100.00')).toBe('100 min');
  });

  it('shortens amounts on an axis', () => {
    expect([0, 950, 250_000, 1_234_567].map((value) => compactAmount(value, 'en-US'))).toEqual([
      '0',
      '950',
      '250K',
      '1.2M',
    ]);
  });

  it('colours each class as the badges do, grey without one', () => {
    expect([
      efficiencyColor('good'),
      efficiencyColor('fair'),
      efficiencyColor('poor'),
      efficiencyColor(null),
    ]).toEqual(['#2f855a', '#d69e2e', '#d92d20', '#98a2b3']);
  });
});
