import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Unit and component tests only; the end-to-end suite runs in real Chromium (tests/e2e/run.ts).
// Component tests opt into a DOM with a `// @vitest-environment jsdom` first line.
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
  },
});
