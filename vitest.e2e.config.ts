import { defineConfig } from 'vitest/config';

/** End-to-end tests on the built extension in real browsers; run after `wxt build` for both targets. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // Every expect.poll has a deadline; 1 s (vitest's default) is too short for a decision on a loaded 2-core machine.
    expect: { poll: { timeout: 15_000, interval: 100 } },
    setupFiles: ['tests/e2e/support/setup.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
  },
});
