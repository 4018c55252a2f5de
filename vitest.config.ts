import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    // Tests assert results, never speed: the timeout only guards against a hang, and must not
    // trip when a 2-core CI machine is busy (statistical tests draw millions of numbers).
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
