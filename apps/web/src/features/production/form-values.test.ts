import { describe, expect, it } from 'vitest';
import { decimalOrNull, inputText, numberOrNull, textOrNull } from './form-values';

describe('production form values', () => {
  it.each([
    [null, ''],
    [undefined, ''],
    [0, '0'],
    ['1250.00', '1250.00'],
  ])('shows %j as %j in an input', (value, expected) => {
    expect(inputText(value)).toBe(expected);
  });

  it.each([
    ['', null],
    ['   ', null],
    [' 2026-05-04 ', '2026-05-04'],
  ])('reads the optional text %j as %j', (text, expected) => {
    expect(textOrNull(text)).toBe(expected);
  });

  it.each([
    ['', null],
    ['1250', '1250'],
    [' 1250.5 ', '1250.5'],
    ['3,00', '3.00'],
    // Not checked here: the server's 400 names the field and says what it takes.
    ['12.345', '12.345'],
  ])('keeps the decimal %j as the string %j', (text, expected) => {
    expect(decimalOrNull(text)).toBe(expected);
  });

  it.each([
    ['', null],
    ['0', 0],
    ['12', 12],
    ['1.5', 1.5],
  ])('reads the number %j as %j', (text, expected) => {
    expect(numberOrNull(text)).toBe(expected);
  });
});
