// Prints one closing line over every tier that `npm test` ran, in the plain form CI reads:
// "tests: N passed, N failed, N skipped". Each runner's own summary is printed above it.
// Tiers: Vitest (unit, component), the CRM adapters (tests/crm/run.ts: contract and flow),
// Playwright (end-to-end in Chromium), the Firefox end-to-end suite (Playwright's runner driving
// firefox-esr through puppeteer-core), and the store checks (tests/security/store-checks.ts:
// addons-linter and the store requirements of both zips).
import { readFileSync } from 'node:fs';

const read = (file) => JSON.parse(readFileSync(new URL(`../.test-reports/${file}`, import.meta.url), 'utf8'));

const vitest = read('vitest.json');
const e2e = read('e2e.json').stats;
const firefox = read('e2e-firefox.json').stats;
const store = read('security.json');
const crm = read('crm.json');
const passed = vitest.numPassedTests + crm.numPassedTests + e2e.expected + firefox.expected + store.passed;
const failed = vitest.numFailedTests + crm.numFailedTests + e2e.unexpected + e2e.flaky + firefox.unexpected + firefox.flaky + store.failed;
const skipped = vitest.numPendingTests + vitest.numTodoTests + crm.numPendingTests + crm.numTodoTests + e2e.skipped + firefox.skipped;

console.log(
  `unit and component: ${vitest.numPassedTests} passed; CRM: ${crm.numPassedTests} passed; end-to-end: ${e2e.expected} passed; Firefox end-to-end: ${firefox.expected} passed; store checks: ${store.passed} passed`,
);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
