import { defineConfig } from '@playwright/test';

// The Firefox end-to-end suite: the built .output/firefox-mv3 in Debian's firefox-esr, driven by
// puppeteer-core over WebDriver BiDi (tests/e2e/driver/firefox.ts). Playwright is only the test
// runner here. Each test launches its own Firefox (about 0.5 GB); two workers fit 2 cores.
export default defineConfig({
  testDir: 'tests/e2e-firefox',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '.test-reports/e2e-firefox.json' }]],
});
