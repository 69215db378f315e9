import { defineConfig } from 'vitest/config';

/** End-to-end tests on the built extension in real browsers; run after `wxt build` for both targets. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    setupFiles: ['tests/e2e/support/setup.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
  },
});
