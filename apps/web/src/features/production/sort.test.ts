import { CLIENT_SORTS, PROJECT_SORTS } from '@factoryops/contracts';
import { describe, expect, it } from 'vitest';
import { nextSort } from './sort';

describe('sorting a list by a column', () => {
  it.each([
    ['code', 'name', 'name'],
    ['name', 'name', '-name'],
    ['-name', 'name', 'name'],
    ['-name', 'code', 'code'],
  ] as const)('sorted by %s, a click on %s sorts by %s', (current, key, expected) => {
    expect(nextSort(current, key, CLIENT_SORTS)).toBe(expected);
  });

  it('keeps the sort for a column the API cannot sort by', () => {
    expect(nextSort('-createdAt', 'clientName', PROJECT_SORTS)).toBe('-createdAt');
  });
});
