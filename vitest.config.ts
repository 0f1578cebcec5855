import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { communeCentres } from './scripts/lib/communes/commune-centres-plugin.ts';
import { frenchHolidaysOnly } from './scripts/lib/hours/french-holidays-plugin.ts';

// Unit and component tests only; the end-to-end suite runs in real Chromium (tests/e2e/run.ts).
// Component tests opt into a DOM with a `// @vitest-environment jsdom` first line.
export default defineConfig({
  // The region's communes, as the default build ships them.
  plugins: [preact(), communeCentres('region'), frenchHolidaysOnly()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
    // Transformed like the app's build (frenchHolidaysOnly), not loaded as published: the tests check what ships.
    server: { deps: { inline: ['opening_hours'] } },
    // Some tests read every French commune or run the import pipeline: seconds on a busy 2-core machine. Speed is
    // the benchmark's business (npm run bench), never a unit test's, so the limits only catch a hang.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
