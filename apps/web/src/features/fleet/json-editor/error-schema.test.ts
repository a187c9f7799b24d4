import { describe, expect, it } from 'vitest';
import { errorSchemaOf } from './error-schema';

describe('errorSchemaOf: the API’s violations at the form fields they are about', () => {
  it.each([
    ['the whole value', [{ pointer: '', message: 'must be object' }], { __errors: ['must be object'] }],
    [
      'a property',
      [{ pointer: '/test_pressure', message: 'must be <= 300' }],
      { test_pressure: { __errors: ['must be <= 300'] } },
    ],
    [
      'an array item’s property',
      [{ pointer: '/steps/1/action', message: 'must be equal to one of the allowed values' }],
      { steps: { 1: { action: { __errors: ['must be equal to one of the allowed values'] } } } },
    ],
    [
      'names with an escaped / and ~',
      [{ pointer: '/a~1b/c~0d', message: 'must be string' }],
      { 'a/b': { 'c~d': { __errors: ['must be string'] } } },
    ],
    [
      'two messages at one field, one beside it',
      [
        { pointer: '/min', message: 'must be >= 0' },
        { pointer: '/min', message: 'must be integer' },
        { pointer: '/unit', message: 'must be string' },
      ],
      { min: { __errors: ['must be >= 0', 'must be integer'] }, unit: { __errors: ['must be string'] } },
    ],
  ])('%s', (_, violations, expected) => {
    expect(errorSchemaOf(violations)).toEqual(expected);
  });
});
