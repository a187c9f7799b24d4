// API tests: unit (src, *.spec.ts) and integration + e2e (test, *.e2e-spec.ts) on a real PostgreSQL.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2023',
  },
  module: { type: 'es6' },
};

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // @fastify/static (CommonJS) requires content-disposition 3, which is ESM only: Node ≥ 20.19 loads it,
    // Jest's own require cannot (before Node 24.9). Version 2 has the same functions as CommonJS.
    '^content-disposition$': require.resolve('content-disposition'),
  },
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  testTimeout: 30000,
};
