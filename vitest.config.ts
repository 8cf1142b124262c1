import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    // Two cores: keep parallelism modest so subprocess and browser tests do not starve.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
})
