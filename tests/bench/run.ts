// `npm run bench`: builds the extension, measures every DESIGN.md §7 figure in headless Chromium,
// prints a table and writes bench-results.json at the repository root. Figures, not timed tests:
// the exit code is 0 unless the bench itself breaks. Keep the whole run under 15 minutes on 2 cores.
// `npm run bench -- extract` measures only the 1 MB extraction figures and the content-script sizes
// (about a minute) and prints them without writing bench-results.json.
import { execFileSync } from 'node:child_process';
import { Activity, Lead, Task } from '@/lib/schema';
import { launchExtension } from './browser';
import { ROOT, browserBundle } from './bundle';
import { captureFigures } from './capture';
import { crmFigures } from './crm';
import { extractionFigures } from './extract';
import { benchActivities, benchLeads, withTasks } from './leads';
import { type Result, printTable, writeResults } from './report';
import { contentScriptSizes } from './sizes';
import { storeFigures } from './store';
import { reminderFigures } from './timers';

const started = performance.now();
const step = (text: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${text}`);

step('building the extension (wxt build)');
execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
const bundle = await browserBundle();
// The generated records must be ones the product could have written: check a sample with Zod.
const sample = benchLeads(2_000);
const sampleStore = withTasks(sample);
Lead.array().parse(sampleStore.leads);
Task.array().parse(sampleStore.tasks);
Activity.array().parse(benchActivities(sample));

const results: Result[] = [];
if (process.argv.includes('extract')) {
  const browser = await launchExtension();
  try {
    results.push(...(await extractionFigures(browser.context, bundle)), ...contentScriptSizes());
  } finally {
    await browser.close();
  }
  console.log(`\n${printTable(results)}\n`);
  process.exit(0);
}
const browser = await launchExtension();
const chromiumVersion = browser.context.browser()?.version() ?? (await browser.worker.evaluate(() => navigator.userAgent));
try {
  step('extraction on 1 MB pages');
  results.push(...(await extractionFigures(browser.context, bundle)));
  step('capture click → side panel');
  results.push(...(await captureFigures(browser)));
} finally {
  await browser.close();
}
step('reminder delay (waits for due timers)');
const timersBrowser = await launchExtension();
try {
  results.push(...(await reminderFigures(timersBrowser)));
} finally {
  await timersBrowser.close();
}
step('store at 100,000 leads');
results.push(...(await storeFigures(bundle)));
results.push(...contentScriptSizes());
step('CRM handoff to a local fake (issue 14)');
results.push(...(await crmFigures()));

const seconds = (performance.now() - started) / 1000;
const file = writeResults(results, chromiumVersion, seconds);
console.log(`\n${printTable(results)}\n`);
step(`wrote ${file}`);
