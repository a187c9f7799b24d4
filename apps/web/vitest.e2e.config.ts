import { defineConfig } from 'vitest/config';

/** Browser tests: Debian Chromium through playwright-core against E2E_BASE_URL (started by `npm test`). */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
