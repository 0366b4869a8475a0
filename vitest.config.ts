import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(__dirname),
      // `server-only` guards against client imports in Next; in unit tests it is a no-op.
      'server-only': path.resolve(__dirname, 'scripts/empty-module.ts'),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts', 'content/**/*.test.ts'],
    environment: 'node',
    // Test files share one module graph per worker: the content is read and validated once, not once per file
    // (34 s → 11 s for the whole run). A test that leaks state into another is a bug either way.
    isolate: false,
  },
});
