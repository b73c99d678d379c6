// Reliability suite (issue 7): the service worker dies mid-write, two side panels edit one lead,
// and IndexedDB refuses writes. In every case an acknowledged write survives and a failed one
// reaches the rep as a sentence, never as silent loss.
import type { BrowserContext, Page } from '@playwright/test';
import { readCsvFile } from '@/lib/import/run';
import { type ImportRow, toImportRow } from '@/lib/import/rows';
import { benchCsv } from '../bench/import-csv';
import { GMAIL_URL, captureDraft, expect, fixture, test } from './fixtures';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

type Reply = { ok: true; value: { leadId?: string } } | { ok: false; error: { code: string; message: string } };

function draft(n: number) {
  return captureDraft({ fullName: `Reliability Lead ${n}`, company: 'Northwind Logistics', emails: [`lead${n}@northwind-logistics.example`] });
}

/** Every record of `store`, read with plain IndexedDB from an extension page. */
function readAll<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (store) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('leadclip');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction(store).objectStore(store).getAll();
          all.onsuccess = () => {
            resolve(all.result as T[]);
            open.result.close();
          };
        };
      }),
    store,
  );
}

/** Stops every service worker of the profile, as Chrome does to an idle or crashed worker. */
async function stopServiceWorkers(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

test('stopping the service worker mid-capture loses no acknowledged lead', async ({ context, openExtensionPage }) => {
  const sidePanel = await openExtensionPage('sidepanel.html');
  await expect(sidePanel.getByText(/No leads yet/)).toBeVisible();
  // Warm up: the worker's database is open before the burst, so the burst's timing is the writes'.
  await sidePanel.evaluate((payload) => chrome.runtime.sendMessage({ leadclip: 1, command: 'lead.capture', payload }), draft(-1));

  // The DevTools session that stops the worker is ready before the burst, so the stop follows the fifth
  // answer without the time it takes to open one.
  const cdp = await context.newCDPSession(sidePanel);
  let stopSeen = false;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    if (versions.some((v) => v.runningStatus === 'stopping' || v.runningStatus === 'stopped')) stopSeen = true;
  });
  await cdp.send('ServiceWorker.enable');

  // 100 captures, one every 10 ms; the worker is stopped once five of them have been answered.
  const BURST = 100;
  const burst = sidePanel.evaluate(async (drafts) => {
    (globalThis as { __answered?: number }).__answered = 0;
    const pending = drafts.map(async (payload, i) => {
      await new Promise((resolve) => setTimeout(resolve, i * 10));
      try {
        const reply = (await chrome.runtime.sendMessage({ leadclip: 1, command: 'lead.capture', payload })) as Reply | undefined;
        (globalThis as { __answered?: number }).__answered! += 1;
        // A worker stopped mid-command may close the port without an answer: not acknowledged.
        return reply ?? ({ ok: false, error: { code: 'no_answer', message: 'the port closed without an answer' } } as Reply);
      } catch (error) {
        return { ok: false, error: { code: 'unreachable', message: String(error) } } as Reply;
      }
    });
    return Promise.all(pending);
  }, Array.from({ length: BURST }, (_, i) => draft(i)));
  await sidePanel.waitForFunction(() => ((globalThis as { __answered?: number }).__answered ?? 0) >= 5, undefined, { polling: 5 });
  // How many captures were answered when the stop was sent (a promise settling in Node and a CDP
  // event arriving race each other on a loaded machine; the page's own count does not).
  const answeredAtStop = await sidePanel.evaluate(() => (globalThis as { __answered?: number }).__answered ?? 0);
  await cdp.send('ServiceWorker.stopAllWorkers');
  const replies = await burst;
  await cdp.detach();

  const acknowledged = replies.flatMap((reply) => (reply.ok && reply.value.leadId ? [reply.value.leadId] : []));
  // The stop really came mid-burst: it was sent while captures were still unanswered, and the worker stopped.
  expect(answeredAtStop).toBeLessThan(BURST);
  expect(stopSeen).toBe(true);
  expect(acknowledged.length).toBeGreaterThanOrEqual(5);
  for (const reply of replies.filter((reply) => !reply.ok)) expect(reply.ok ? '' : reply.error.message).not.toBe('');

  // A fresh command wakes the worker again; every acknowledged lead is still there.
  const after = (await sidePanel.evaluate((payload) => chrome.runtime.sendMessage({ leadclip: 1, command: 'lead.capture', payload }), draft(999))) as Reply;
  expect(after.ok).toBe(true);
  const stored = new Set((await readAll<{ id: string }>(sidePanel, 'leads')).map((lead) => lead.id));
  expect(acknowledged.filter((id) => !stored.has(id))).toStrictEqual([]);
  // Each stored lead came with its captured activity and its first-contact timer (one transaction,
  // never half a write).
  const activities = await readAll<{ leadId: string; type: string }>(sidePanel, 'activities');
  const captured = new Set(activities.filter((a) => a.type === 'captured').map((a) => a.leadId));
  expect([...stored].filter((id) => !captured.has(id))).toStrictEqual([]);
  const tasks = await readAll<{ leadId: string; kind: string }>(sidePanel, 'tasks');
  const timed = new Set(tasks.filter((t) => t.kind === 'first_contact').map((t) => t.leadId));
  expect([...stored].filter((id) => !timed.has(id))).toStrictEqual([]);
});

/** A CRM export converted as the options page converts it (lib/import/run.ts), cut into data.import batches. */
function importBatches(rows: number, batchSize: number): ImportRow[][] {
  const file = readCsvFile(benchCsv(rows));
  const converted = file.records.map((record) => toImportRow(record.cells, file.mapping, record.row, Date.UTC(2026, 3, 1)));
  const valid = converted.filter((row): row is ImportRow => !('reason' in row));
  expect(valid).toHaveLength(rows);
  return Array.from({ length: Math.ceil(rows / batchSize) }, (_, i) => valid.slice(i * batchSize, (i + 1) * batchSize));
}

type ImportReply = { ok: true; value: { created: number } } | { ok: false; error: { code: string; message: string } };

test('the service worker is stopped mid-import and no acknowledged write is lost', async ({ context, openExtensionPage }) => {
  const options = await openExtensionPage('options.html');
  const batches = importBatches(4000, 200);
  const emailOf = (row: ImportRow) => row.draft.emails[0]!;
  // The DevTools session that stops the worker is ready before the import starts: opening it after the
  // third batch let a fast machine finish all twenty batches before the stop was sent.
  const cdp = await context.newCDPSession(options);
  let stopped = false;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    if (versions.some((v) => v.runningStatus === 'stopping')) stopped = true;
  });
  await cdp.send('ServiceWorker.enable');

  // The options page's import loop: one data.import message per batch, the next sent once the
  // previous is answered; the first batch that fails stops the import (components/DataToolsImport.tsx).
  const run = options.evaluate(async (batches) => {
    const state = globalThis as { __acknowledged?: number };
    state.__acknowledged = 0;
    const outcomes: Array<'acknowledged' | 'failed' | 'not sent'> = batches.map(() => 'not sent');
    let failure: string | null = null;
    for (const [index, rows] of batches.entries()) {
      try {
        const reply = (await chrome.runtime.sendMessage({ leadclip: 1, command: 'data.import', payload: { rows } })) as ImportReply | undefined;
        // A worker stopped mid-command may close the port without an answer: not acknowledged.
        if (!reply?.ok || reply.value.created !== rows.length) throw new Error(JSON.stringify(reply));
        outcomes[index] = 'acknowledged';
        state.__acknowledged += 1;
      } catch (error) {
        outcomes[index] = 'failed';
        failure = String(error);
        break;
      }
    }
    return { outcomes, failure };
  }, batches);
  await options.waitForFunction(() => ((globalThis as { __acknowledged?: number }).__acknowledged ?? 0) >= 3, undefined, { polling: 5 });
  await cdp.send('ServiceWorker.stopAllWorkers');
  const { outcomes, failure } = await run;
  // The stop cut the import short: the batch in flight lost its channel, and batches were left
  // unsent. (Which arrives first, the failed batch or the worker's 'stopping' status, is a race
  // between two connections, so the status only has to be seen by the time the next command wakes it.)
  expect(failure).toMatch(/message channel closed before a response was received|Receiving end does not exist/);
  expect(outcomes).toContain('not sent');

  // A fresh command (an empty batch, which writes nothing) wakes the worker; then the store is read as it is.
  expect(await options.evaluate(() => chrome.runtime.sendMessage({ leadclip: 1, command: 'data.import', payload: { rows: [] } }))).toMatchObject({
    ok: true,
    value: { created: 0 },
  });
  await cdp.detach();
  expect(stopped).toBe(true);
  const stored = new Set((await readAll<{ emails: string[] }>(options, 'leads')).flatMap((lead) => lead.emails));
  const present = batches.map((rows) => rows.filter((row) => stored.has(emailOf(row))).length);

  const acknowledged = outcomes.flatMap((outcome, index) => (outcome === 'acknowledged' ? [index] : []));
  expect(acknowledged.length).toBeGreaterThanOrEqual(3);
  // Every acknowledged batch is there whole…
  expect(acknowledged.map((index) => present[index])).toStrictEqual(acknowledged.map((index) => batches[index]!.length));
  // …every batch is all or nothing (the one in flight when the worker stopped may have committed
  // before its answer was lost, never half of it)…
  expect(present.filter((count, index) => count !== 0 && count !== batches[index]!.length)).toStrictEqual([]);
  // …and nothing was written for batches never sent.
  expect(outcomes.flatMap((outcome, index) => (outcome === 'not sent' ? [present[index]] : [])).every((count) => count === 0)).toBe(true);

  // Importing the whole file again completes it: dedup leaves the rows already saved unchanged.
  const rerun = await options.evaluate(async (batches) => {
    let created = 0;
    let unchanged = 0;
    for (const rows of batches) {
      const reply = (await chrome.runtime.sendMessage({ leadclip: 1, command: 'data.import', payload: { rows } })) as
        | { ok: true; value: { created: number; unchanged: number } }
        | { ok: false };
      if (!reply.ok) throw new Error('the second import failed');
      created += reply.value.created;
      unchanged += reply.value.unchanged;
    }
    return { created, unchanged };
  }, batches);
  const before = present.reduce((a, b) => a + b, 0);
  expect(rerun).toStrictEqual({ created: 4000 - before, unchanged: before });
  const leads = await readAll<{ emails: string[] }>(options, 'leads');
  expect(leads).toHaveLength(4000);
  expect(new Set(leads.flatMap((lead) => lead.emails)).size).toBe(4000);
});

test('a capture clicked in Gmail after the worker was stopped is saved', async ({ context, openGmailBesideSidePanel }) => {
  const { sidePanel, gmail } = await openGmailBesideSidePanel();

  await stopServiceWorkers(context, gmail);
  await gmail.getByRole('button', { name: 'Clip lead' }).click();
  await expect(gmail.getByRole('status')).toHaveText('Lead saved');
  await expect(sidePanel.getByRole('list', { name: 'Leads' }).getByRole('listitem')).toContainText('Priya Raman');
});

test('two side panels editing the same lead keep both edits', async ({ openExtensionPage }) => {
  const first = await openExtensionPage('sidepanel.html');
  const second = await openExtensionPage('sidepanel.html');
  await expect(second.getByText(/No leads yet/)).toBeVisible();
  const captured = (await first.evaluate((payload) => chrome.runtime.sendMessage({ leadclip: 1, command: 'lead.capture', payload }), draft(1))) as Reply;
  const id = captured.ok ? captured.value.leadId! : '';

  const update = (page: Page, patch: Record<string, unknown>) =>
    page.evaluate(([id, patch]) => chrome.runtime.sendMessage({ leadclip: 1, command: 'lead.update', payload: { id, patch } }), [id, patch] as const);
  // Both panels send at the same moment, each changing a different field of the lead.
  const [titleReply, locationReply] = await Promise.all([
    update(first, { title: 'VP Operations' }),
    update(second, { location: 'Oakland, CA', company: { name: 'Northwind Freight' } }),
  ]);
  expect(titleReply).toMatchObject({ ok: true });
  expect(locationReply).toMatchObject({ ok: true });

  const [lead] = await readAll<{ title: string; location: string; company: { name: string } }>(first, 'leads');
  expect([lead?.title, lead?.location, lead?.company.name]).toStrictEqual(['VP Operations', 'Oakland, CA', 'Northwind Freight']);
  for (const panel of [first, second]) {
    await expect(panel.getByRole('list', { name: 'Leads' }).getByRole('listitem')).toContainText('VP Operations · Northwind Freight');
  }

  // One panel logs the first contact while the other edits the lead: both writes land.
  const [contactReply, editReply] = await Promise.all([
    first.evaluate((id) => chrome.runtime.sendMessage({ leadclip: 1, command: 'lead.logContact', payload: { id, channel: 'call' } }), id),
    update(second, { title: 'Chief Operating Officer' }),
  ]);
  expect(contactReply).toMatchObject({ ok: true });
  expect(editReply).toMatchObject({ ok: true });
  const [after] = await readAll<{ title: string; stage: string; firstContactAt: number | null }>(first, 'leads');
  expect([after?.title, after?.stage, typeof after?.firstContactAt]).toStrictEqual(['Chief Operating Officer', 'contacted', 'number']);
});

test.describe('IndexedDB failures reach the rep as messages', () => {
  test('storage full: the clip button says so and earlier leads stay', async ({ context, serve, serviceWorker, openExtensionPage }) => {
    await serve(/^https:\/\/mail\.google\.com\//, fixture('gmail/message.html'));
    const sidePanel = await openExtensionPage('sidepanel.html');
    await expect(sidePanel.getByText(/No leads yet/)).toBeVisible();
    await sidePanel.evaluate((payload) => chrome.runtime.sendMessage({ leadclip: 1, command: 'lead.capture', payload }), draft(1));

    // The browser refuses every new record, as it does when the profile's disk quota is spent.
    await serviceWorker.evaluate(() => {
      const refuse = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      IDBObjectStore.prototype.add = refuse;
      IDBObjectStore.prototype.put = refuse;
    });
    const gmail = await context.newPage();
    await gmail.goto(GMAIL_URL);
    await gmail.getByRole('button', { name: 'Clip lead' }).click();
    await expect(gmail.getByRole('status')).toHaveText('Not saved: the browser storage for LeadClip is full.');
    await expect(gmail.getByRole('status')).toHaveAttribute('data-ok', 'false');
    expect((await readAll<{ fullName: string }>(sidePanel, 'leads')).map((lead) => lead.fullName)).toStrictEqual(['Reliability Lead 1']);
  });

  test('a database that cannot be reopened: the clip button says the lead was not saved', async ({ context, serve, serviceWorker }) => {
    await serve(/^https:\/\/mail\.google\.com\//, fixture('gmail/message.html'));
    await serviceWorker.evaluate(async () => {
      const request = <T>(req: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      // A version bump elsewhere closes the worker's connection (Dexie closes on versionchange)…
      const current = await request(indexedDB.open('leadclip'));
      const version = current.version;
      current.close();
      (await request(indexedDB.open('leadclip', version + 1))).close();
      // …and reopening then fails the way Chromium fails on a damaged or unreachable backing store.
      IDBFactory.prototype.open = () => {
        throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
      };
    });
    const gmail = await context.newPage();
    await gmail.goto(GMAIL_URL);
    await gmail.getByRole('button', { name: 'Clip lead' }).click();
    // Dexie reports the failed reopen as closed or as failed to open, depending on timing.
    await expect(gmail.getByRole('status')).toHaveText(
      /^Not saved: the LeadClip database (is blocked or closed\. Close other LeadClip tabs and retry|could not be opened \(private mode\?\))\.$/,
    );
    await expect(gmail.getByRole('status')).toHaveAttribute('data-ok', 'false');
  });
});
