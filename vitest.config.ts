import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // No test may depend on the machine's speed: CI runs on a busy 2-core machine where spawning the
    // CLI, worker threads or `npm pack` can take many times longer than on a laptop.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // Under CI a JSON report too, from which .ci/run prints a plain "N passed, N failed" line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: '.ci/vitest-results.json' }]] : ['default'],
  },
});
