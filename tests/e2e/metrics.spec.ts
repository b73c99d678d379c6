// The data tools and the Metrics tab in the real extension: a JSON backup restored through the
// options page shows up as metrics in the side panel, and a CSV export matches the database.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseCsv } from '@/lib/csv';
import { LEAD_COLUMNS } from '@/lib/export';
import { type Lead, defaultSettings } from '@/lib/schema';
import { generateDataset } from '../helpers/dataset';
import { expect, test } from './fixtures';

const LEADS = 120;

function backupFile(now: number) {
  // Every inquiry within the last 25 days, so the default 30-day range holds them all.
  const data = generateDataset(LEADS, { end: now - 2 * 86_400_000, spanDays: 25 });
  const settings = { ...defaultSettings('UTC'), channelCosts: { email: 400, linkedin: 900, web: 1500, event: 2500 } };
  const backup = { format: 'leadclip-backup', version: 1, exportedAt: now, ...data, templates: [], settings: [settings], suppressions: [] };
  return { name: 'leadclip-backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) };
}

async function restoreBackup(options: Page) {
  await options.getByLabel('CSV file or LeadClip backup (.json)').setInputFiles(backupFile(Date.now()));
  await options.getByRole('button', { name: 'Restore backup' }).click();
  await expect(options.getByText(`Import finished. ${LEADS} new`)).toBeVisible();
}

/** Reads the leads straight from the extension's IndexedDB, as stored. */
function storedLeads(page: Page): Promise<Lead[]> {
  return page.evaluate(
    () =>
      new Promise<Lead[]>((resolve, reject) => {
        const open = indexedDB.open('leadclip');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('leads').objectStore('leads').getAll();
          request.onsuccess = () => resolve(request.result as Lead[]);
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

test('the Metrics tab renders the funnel of restored leads', async ({ openExtensionPage }) => {
  const options = await openExtensionPage('options.html');
  await restoreBackup(options);

  const panel = await openExtensionPage('sidepanel.html');
  await panel.setViewportSize({ width: 420, height: 1400 });
  await panel.getByRole('tab', { name: 'Metrics' }).click();
  const metrics = panel.getByRole('region', { name: 'Metrics' });
  const inquiries = metrics.getByRole('definition').first();
  await expect(inquiries).toHaveText(String(LEADS));
  await expect(metrics.getByRole('figure', { name: 'Funnel' }).getByRole('row', { name: /^Inquiries/ })).toContainText(String(LEADS));
  await expect(metrics.getByRole('table', { name: 'By channel' }).getByRole('row')).not.toHaveCount(1);
  // uPlot drew into a canvas (the figure's table is for screen readers).
  await expect(metrics.locator('.chart-canvas canvas')).toHaveCount(3);

  await metrics.getByRole('combobox', { name: /^Channel/ }).selectOption('email');
  const emailLeads = (await storedLeads(panel)).filter((lead) => lead.source.channel === 'email').length;
  await expect(inquiries).toHaveText(String(emailLeads));
  await metrics.getByRole('combobox', { name: /^Channel/ }).selectOption('all');
  await panel.screenshot({ path: 'test-results/metrics-tab.png', fullPage: true });
});

test('a CSV export downloads every stored lead with every field, and imports back exactly after erasing', async ({ openExtensionPage }) => {
  const options = await openExtensionPage('options.html');
  await restoreBackup(options);

  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^leadclip-leads-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync((await file.path())!, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);

  const { records, problems } = parseCsv(text);
  expect(problems).toStrictEqual([]);
  const [header, ...rows] = records.map((record) => record.cells);
  expect(header).toStrictEqual(LEAD_COLUMNS.map((column) => column.header));
  const expected = (await storedLeads(options)).map((lead) => LEAD_COLUMNS.map((column) => column.write(lead)));
  const byId = (a: string[], b: string[]) => a[0]!.localeCompare(b[0]!);
  expect(rows.sort(byId)).toStrictEqual(expected.sort(byId));
  expect(rows).toHaveLength(LEADS);
  await expect(options.getByText(`Exported ${LEADS} leads.`)).toBeVisible();

  // Erase everything, then import the downloaded file: every lead comes back field for field.
  const before = (await storedLeads(options)).sort((a, b) => a.id.localeCompare(b.id));
  await options.getByLabel('Type “erase everything” to confirm').fill('erase everything');
  await options.getByRole('button', { name: 'Erase everything' }).click();
  await expect(options.getByText(`Erased ${LEADS} leads and their history.`)).toBeVisible();
  expect(await storedLeads(options)).toStrictEqual([]);

  await options.getByLabel('CSV file or LeadClip backup (.json)').setInputFiles((await file.path())!);
  await expect(options.getByRole('table', { name: `Columns (${LEADS} rows)` })).toBeVisible();
  await expect(options.getByLabel('Field for column Emails')).toHaveValue('emails');
  await options.getByRole('region', { name: 'Data' }).screenshot({ path: 'test-results/options-data.png' });
  await options.getByRole('button', { name: `Import ${LEADS} rows` }).click();
  await expect(options.getByText(`Import finished. ${LEADS} new, 0 merged into existing leads, 0 already present.`)).toBeVisible();
  expect((await storedLeads(options)).sort((a, b) => a.id.localeCompare(b.id))).toStrictEqual(before);
});
