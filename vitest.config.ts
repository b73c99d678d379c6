import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two tiers (DESIGN.md §8): `unit` runs lib/ and background logic in Node with fake-indexeddb and
// WXT's fakeBrowser; `component` renders React in jsdom. End-to-end tests are Playwright's.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    globals: true,
    restoreMocks: true,
    // tests/crm/run.ts names its own report, so `npm test` keeps the unit and CRM figures apart.
    reporters: ['default', ['json', { outputFile: process.env.LEADCLIP_VITEST_REPORT ?? '.test-reports/vitest.json' }]],
    setupFiles: ['tests/setup.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'component', environment: 'jsdom', include: ['tests/component/**/*.test.tsx'] },
      },
      {
        // Issue 14: CRM adapters against stateful fakes (flows) and Prism (contracts); npm run test:crm.
        extends: true,
        test: { name: 'crm', environment: 'node', include: ['tests/crm/**/*.test.ts'] },
      },
    ],
  },
});
