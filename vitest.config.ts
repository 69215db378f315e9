import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/integration/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    env: { BROWSER: 'chrome', MANIFEST_VERSION: '3' },
  },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
});
