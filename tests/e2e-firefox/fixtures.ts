// The Firefox runner's fixture: a fresh firefox-esr with the built add-on (.output/firefox-mv3)
// installed temporarily, through the neutral driver (tests/e2e/driver/).
import { test as base } from '@playwright/test';
import { launchFirefox } from '../e2e/driver/firefox';
import type { ExtensionBrowser } from '../e2e/driver/types';

export const test = base.extend<{ firefox: ExtensionBrowser }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring.
  firefox: async ({}, use, testInfo) => {
    const firefox = await launchFirefox();
    // The JSON report (.test-reports/e2e-firefox.json) records which Firefox ran each journey.
    testInfo.annotations.push({ type: 'browser', description: firefox.version });
    await use(firefox);
    await firefox.close();
  },
});

export const expect = test.expect;
