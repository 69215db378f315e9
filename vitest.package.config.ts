import { defineConfig } from 'vitest/config';

/**
 * Packaging tests: the store zip's manifest (after `wxt zip`) and the CLI installed from `npm pack`
 * into a temporary prefix. Run by `npm run test:package` in the `npm test` chain.
 */
export default defineConfig({
  test: {
    include: ['tests/package/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
