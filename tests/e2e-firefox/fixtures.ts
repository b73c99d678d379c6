// The Firefox runner's fixture: a fresh firefox-esr with the built add-on (.output/firefox-mv3)
// installed temporarily, through the neutral driver (tests/e2e/driver/).
import { test as base } from '@playwright/test';
import { launchFirefox } from '../e2e/driver/firefox';
import type { ExtensionBrowser } from '../e2e/driver/types';

export const test = base.extend<{ firefox: ExtensionBrowser }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring.
  firefox: async ({}, use) => {
    const firefox = await launchFirefox();
    await use(firefox);
    await firefox.close();
  },
});

export const expect = test.expect;
