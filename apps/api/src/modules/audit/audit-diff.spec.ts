import { describe, expect, it } from '@jest/globals';
import { createdFields, diffFields } from './audit-diff.js';

describe('diffFields', () => {
  it('lists only the fields that changed, with before and after', () => {
    expect(
      diffFields(
        { name: 'A', roles: ['viewer'], active: true },
        { name: 'B', roles: ['viewer'], active: true },
      ),
    ).toEqual({ name: { from: 'A', to: 'B' } });
  });

  it('compares arrays by value and sees added and removed fields', () => {
    expect(diffFields({ roles: ['a'], gone: 1 }, { roles: ['a', 'b'], added: 2 })).toEqual({
      roles: { from: ['a'], to: ['a', 'b'] },
      gone: { from: 1, to: null },
      added: { from: null, to: 2 },
    });
  });

  it('records a creation as every field from null', () => {
    expect(createdFields({ email: 'x@y.z' })).toEqual({ email: { from: null, to: 'x@y.z' } });
  });
});
