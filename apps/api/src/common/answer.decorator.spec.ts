import { describe, expect, it } from '@jest/globals';
import { serializerSchema } from './answer.decorator.js';

describe('serializerSchema', () => {
  it.each([
    [
      'a nullable becomes a list of types, keeping its format',
      { anyOf: [{ type: 'string', format: 'date-time', pattern: '^\\d' }, { type: 'null' }] },
      { type: ['string', 'null'], format: 'date-time' },
    ],
    [
      'a nullable object keeps its properties',
      {
        anyOf: [
          { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
          { type: 'null' },
        ],
        description: 'who',
      },
      {
        type: ['object', 'null'],
        properties: { id: { type: 'string' } },
        required: ['id'],
        description: 'who',
      },
    ],
    [
      'a union of two types stays a union',
      { anyOf: [{ type: 'string' }, { type: 'number' }] },
      { anyOf: [{ type: 'string' }, { type: 'number' }] },
    ],
    [
      'a property named like a keyword is a property, not a keyword',
      { $schema: 'draft-07', type: 'object', properties: { pattern: { type: 'string', pattern: 'x' } } },
      { type: 'object', properties: { pattern: { type: 'string' } } },
    ],
    [
      'items and definitions are converted too',
      {
        type: 'array',
        items: { anyOf: [{ type: 'integer' }, { type: 'null' }] },
        definitions: { a: { type: 'string', pattern: 'y' } },
      },
      { type: 'array', items: { type: ['integer', 'null'] }, definitions: { a: { type: 'string' } } },
    ],
  ])('%s', (_, schema, expected) => {
    expect(serializerSchema(schema)).toEqual(expected);
  });
});
