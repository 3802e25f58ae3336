import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // a cache root of its own for every test file (never ~/.cache/pairpress)
    setupFiles: ['tests/helpers/cache-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
