import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // CI asks for a machine-readable report as well, to print one plain summary line.
    ...(process.env.SAFE_STEPS_TEST_REPORT
      ? { reporters: ['default', 'json'], outputFile: { json: process.env.SAFE_STEPS_TEST_REPORT } }
      : {}),
  },
});
