import { describe, expect, it } from '@jest/globals';
import { highestFirst, normalisedVersion } from './version-number.js';

describe('software version numbers', () => {
  it.each([
    ['2.5.0', '2.5.0'],
    ['v2.5.0', '2.5.0'],
    [' 1.0.0-beta.1 ', '1.0.0-beta.1'],
    // Build metadata does not count in semver precedence: 1.2.3+build.7 is version 1.2.3.
    ['1.2.3+build.7', '1.2.3'],
    ['2.5', undefined],
    ['latest', undefined],
    ['1.2.3.4', undefined],
  ])('reads %p as %p', (text, expected) => {
    expect(normalisedVersion(text)).toBe(expected);
  });

  it('orders by semver precedence, not as text', () => {
    const ordered = highestFirst(['1.9.0', '1.10.0', '2.0.0-rc.1', '2.0.0', '1.10.0-beta.2'], (v) => v);
    expect(ordered).toEqual(['2.0.0', '2.0.0-rc.1', '1.10.0', '1.10.0-beta.2', '1.9.0']);
  });
});
