// Store at scale (DESIGN.md §7): 100,000 leads. Measures the raw IndexedDB bulk-put baseline next
// to the product's CSV import, the list and search queries, the Metrics tab over 500,000
// activities, and the service worker's memory with 100,000 leads stored.
import { createServer } from 'node:net';
import type { Page } from '@playwright/test';
import { captureDraft } from '../e2e/fixtures';
import { type ExtensionBrowser, launchExtension } from './browser';
import { LEAD_COUNT } from './leads';
import { TYPED } from './list';
import type { ImportTiming, MetricsTiming } from './product-store';
import { type Result, median, round } from './report';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

interface ListTimings {
  pages: Array<{ label: string; ms: number; rows: number }>;
  keystrokes: Array<{ text: string; ms: number; rows: number }>;
}

interface BenchApi {
  measureListQueries(now: number): Promise<ListTimings>;
  /** The bench's leads (tests/bench/leads.ts); only the fields the bench itself reads are typed. */
  benchLeads(count: number): Array<{ id: string; createdAt: number }>;
  withTasks(leads: unknown[]): { leads: unknown[]; tasks: unknown[] };
  openRawLeads(name: string): Promise<IDBDatabase>;
  putAllRaw(db: IDBDatabase, store: string, records: readonly unknown[]): Promise<number>;
  newId(now?: number): string;
  measureImport(count: number, now: number): Promise<ImportTiming>;
  measureMetrics(count: number, runs: number): Promise<MetricsTiming>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Runs `measure` in a side panel of a browser of its own, with a fresh profile and the bench bundle loaded. */
async function inFreshBrowser<T>(
  bundle: string,
  measure: (sidePanel: Page, browser: ExtensionBrowser) => Promise<T>,
  options: { debuggingPort?: number } = {},
): Promise<T> {
  const browser = await launchExtension(options);
  try {
    const sidePanel = await browser.open('sidepanel.html');
    await sidePanel.getByText(/No leads yet/).waitFor();
    await sidePanel.evaluate(bundle);
    return await measure(sidePanel, browser);
  } finally {
    await browser.close();
  }
}

/**
 * Raw IndexedDB: LEAD_COUNT bench leads put in one transaction into a store indexed like `leads`,
 * each with an id made by the product's newId (lib/ids.ts), as every stored lead has.
 */
function rawPutBaseline(sidePanel: Page): Promise<number> {
  return sidePanel.evaluate(async (count) => {
    const api = (globalThis as unknown as { LeadClipBench: BenchApi }).LeadClipBench;
    const leads = api.benchLeads(count).map((lead) => ({ ...lead, id: api.newId(lead.createdAt) }));
    const db = await api.openRawLeads('leadclip-bench-raw');
    const ms = await api.putAllRaw(db, 'leads', leads);
    db.close();
    return ms;
  }, LEAD_COUNT);
}

const IMPORT_PAIRS = 3;

/**
 * The product's CSV import of LEAD_COUNT generated rows against the raw baseline, in IMPORT_PAIRS
 * pairs: baseline, then import, each in a fresh browser profile. In one profile, whichever ran
 * second paid for compacting the first one's 100,000 records: the same code measured 0.51× and
 * 0.87×, and the baseline alone 23 s and 52 s. The figure is the median of the pairs' ratios.
 */
async function importFigure(bundle: string): Promise<Result> {
  const pairs: Array<{ rawMs: number; importMs: number; ratio: number; run: ImportTiming }> = [];
  for (let pair = 0; pair < IMPORT_PAIRS; pair++) {
    const rawMs = await inFreshBrowser(bundle, rawPutBaseline);
    const run = await inFreshBrowser(bundle, (sidePanel) =>
      sidePanel.evaluate(
        ([count, now]) => (globalThis as unknown as { LeadClipBench: BenchApi }).LeadClipBench.measureImport(count, now),
        [LEAD_COUNT, Date.UTC(2026, 3, 1)] as const,
      ),
    );
    // A figure for fewer rows than the baseline's would not compare like with like.
    if (run.created !== LEAD_COUNT || run.stored !== LEAD_COUNT) {
      throw new Error(`the import created ${run.created} and stored ${run.stored} of ${LEAD_COUNT} rows: ${run.problems.join('; ')}`);
    }
    pairs.push({ rawMs, importMs: run.ms, ratio: rawMs / run.ms, run });
  }
  const middle = [...pairs].sort((a, b) => a.ratio - b.ratio)[Math.floor(pairs.length / 2)]!;
  const rawRate = Math.round(LEAD_COUNT / (middle.rawMs / 1000));
  const rate = Math.round(LEAD_COUNT / (middle.importMs / 1000));
  const ratio = round(middle.ratio);
  const { run } = middle;
  return {
    name: 'store.import.100k',
    value: rate,
    unit: 'leads/s',
    budget: '>= 0.5x baseline',
    baseline: rawRate,
    ratio,
    pass: ratio >= 0.5,
    note:
      `importCsvIntoDatabase (lib/import/run.ts) of a ${(run.csvBytes / 1024 / 1024).toFixed(1)} MB HubSpot-style CSV, ${LEAD_COUNT.toLocaleString('en-US')} rows → ` +
      `${run.created.toLocaleString('en-US')} leads (parse, map, validate, normalize, dedup, batched writes) in a fresh database with the product's schema; ` +
      `baseline: raw IndexedDB put of ${LEAD_COUNT.toLocaleString('en-US')} lead records with the product's ids in one transaction into a fresh store with the same indices. ` +
      `Median of ${IMPORT_PAIRS} pairs, each run in a fresh browser profile: ` +
      pairs.map((p) => `raw ${round(p.rawMs)} ms / import ${round(p.importMs)} ms = ${round(p.ratio)}x`).join('; '),
  };
}

const METRICS_RUNS = 7;

/** The Metrics tab's figures from 100,000 leads and 500,000 activities read back from a fresh database. */
async function metricsFigure(sidePanel: Page): Promise<Result> {
  const run = await sidePanel.evaluate(
    ([count, runs]) => (globalThis as unknown as { LeadClipBench: BenchApi }).LeadClipBench.measureMetrics(count, runs),
    [LEAD_COUNT, METRICS_RUNS] as const,
  );
  const compute = median(run.computeMs);
  const figures = median(run.figuresMs);
  const read = median(run.readMs);
  return {
    name: 'store.metrics.100k',
    value: round(compute),
    unit: 'ms',
    budget: '< 250 ms',
    pass: compute < 250,
    note:
      `the tab's own records → figures (lib/metrics metricFacts + metricsFor), channel 'all', 90-day range holding all ${run.leads.toLocaleString('en-US')} leads ` +
      `(${run.inquiries.toLocaleString('en-US')} inquiries) with ${run.activitiesStored.toLocaleString('en-US')} activities stored: the tab reads one leadFacts record per lead, ` +
      `which the database keeps with every write of a lead or activity (lib/store/lead-facts.ts); median of ${METRICS_RUNS} after a warm-up (worst ${round(Math.max(...run.computeMs))} ms). ` +
      `A change of range or channel recomputes from the columns only: median ${round(figures)} ms. Reading the records from IndexedDB is not included: ` +
      `for this 90-day range the tab reads them (lib/queries/metrics.ts) in a median ${round(read)} ms of 3, so the rep waits about ` +
      `${round(read + compute)} ms; the tab opens on the last 30 days, which reads ${run.openLeads.toLocaleString('en-US')} records in ${round(median(run.openReadMs))} ms. ` +
      `The schema upgrade that built the table from the leads and activities took ${round(run.upgradeMs / 1000)} s`,
  };
}

/** Fills LeadClip's own database with the 100,000 bench leads and their tasks (raw puts, Dexie's schema). */
async function seedLeads(sidePanel: Page): Promise<void> {
  await sidePanel.evaluate(async (count) => {
    const api = (globalThis as unknown as { LeadClipBench: BenchApi }).LeadClipBench;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('leadclip');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const { leads, tasks } = api.withTasks(api.benchLeads(count));
    await api.putAllRaw(db, 'leads', leads);
    await api.putAllRaw(db, 'tasks', tasks);
    db.close();
  }, LEAD_COUNT);
}

/** Sends one CDP command to a target over its DevTools WebSocket. */
function cdp(url: string) {
  const socket = new WebSocket(url);
  let next = 0;
  const pending = new Map<number, (value: Record<string, unknown>) => void>();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; result?: Record<string, unknown> };
    if (message.id !== undefined) pending.get(message.id)?.(message.result ?? {});
  });
  const ready = new Promise((resolve) => socket.addEventListener('open', resolve, { once: true }));
  return {
    async send(method: string, params: Record<string, unknown> = {}) {
      await ready;
      const id = ++next;
      return new Promise<Record<string, unknown>>((resolve) => {
        pending.set(id, resolve);
        socket.send(JSON.stringify({ id, method, params }));
      });
    },
    close: () => socket.close(),
  };
}

async function workerHeapMb(port: number, extensionId: string): Promise<number> {
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as Array<{
    type: string;
    url: string;
    webSocketDebuggerUrl: string;
  }>;
  const worker = targets.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
  if (!worker) throw new Error('the service worker target is not listed');
  const session = cdp(worker.webSocketDebuggerUrl);
  try {
    await session.send('HeapProfiler.collectGarbage');
    const usage = await session.send('Runtime.getHeapUsage');
    return round(Number(usage.usedSize) / 1024 / 1024);
  } finally {
    session.close();
  }
}

const OPENS = 5;

/** Navigation start → first lead row in the DOM of a freshly opened side panel, in ms. */
async function sidePanelOpenTimes(browser: ExtensionBrowser): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < OPENS; i++) {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (document.querySelector('[aria-label="Leads"] li')) {
          (globalThis as { __firstRowAt?: number }).__firstRowAt = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await page.waitForFunction(() => (globalThis as { __firstRowAt?: number }).__firstRowAt !== undefined, undefined, { timeout: 30_000 });
    times.push(await page.evaluate(() => (globalThis as { __firstRowAt?: number }).__firstRowAt!));
    await page.close();
  }
  return times;
}

function listResults(list: ListTimings, openTimes: number[]): Result[] {
  const worstPage = list.pages.reduce((a, b) => (b.ms > a.ms ? b : a));
  const keyMs = list.keystrokes.map((k) => k.ms);
  const worstKey = list.keystrokes.reduce((a, b) => (b.ms > a.ms ? b : a));
  const keyMedian = median(keyMs);
  const openMedian = median(openTimes);
  return [
    {
      name: 'store.list.first_page',
      value: round(worstPage.ms),
      unit: 'ms',
      budget: '< 50 ms',
      pass: worstPage.ms < 50,
      note: `queryLeadPage, 100 rows, worst of: ${list.pages.map((p) => `${p.label} ${round(p.ms)} ms`).join('; ')} (medians of 7)`,
    },
    {
      name: 'store.search.keystroke',
      value: round(worstKey.ms),
      unit: 'ms',
      budget: '< 16 ms',
      pass: worstKey.ms < 16,
      note: `slowest of ${keyMs.length} keystrokes ("${worstKey.text}", ${worstKey.rows} rows) typing ${TYPED.map((t) => JSON.stringify(t)).join(', ')}; each keystroke the median of 3 typings; median keystroke ${round(keyMedian)} ms`,
    },
    {
      name: 'sidepanel.open_to_list',
      value: round(openMedian),
      unit: 'ms',
      budget: '< 500 ms',
      pass: openMedian < 500,
      note: `navigation start → first lead row, median of ${OPENS} opens with 100,000 leads; worst ${round(Math.max(...openTimes))} ms`,
    },
  ];
}

export async function storeFigures(bundle: string): Promise<Result[]> {
  const imported = await importFigure(bundle);
  const port = await freePort();
  return inFreshBrowser(
    bundle,
    async (sidePanel, browser) => {
      const metrics = await metricsFigure(sidePanel);

      await seedLeads(sidePanel);
      const list = await sidePanel.evaluate(
        (now) => (globalThis as unknown as { LeadClipBench: BenchApi }).LeadClipBench.measureListQueries(now),
        Date.now(),
      );
      await sidePanel.close();
      const listed = listResults(list, await sidePanelOpenTimes(browser));
      // Cold start with 100,000 leads, then one capture: what the worker holds while it works.
      const cdpPage = await browser.context.newPage();
      const session = await browser.context.newCDPSession(cdpPage);
      await session.send('ServiceWorker.enable');
      await session.send('ServiceWorker.stopAllWorkers');
      const panel = await browser.open('sidepanel.html');
      const probe = captureDraft({ fullName: 'Memory Probe', emails: ['memory.probe@leadclip.test'], sourceUrl: null });
      const reply = (await panel.evaluate((payload) => chrome.runtime.sendMessage({ leadclip: 1, command: 'lead.capture', payload }), probe)) as { ok: boolean };
      if (!reply.ok) throw new Error(`the probe capture failed: ${JSON.stringify(reply)}`);
      const heap = await workerHeapMb(port, browser.extensionId);

      return [
        imported,
        ...listed,
        metrics,
        {
          name: 'worker.heap.100k_leads',
          value: heap,
          unit: 'MB',
          budget: 'none set (DESIGN.md §7)',
          pass: null,
          note: `JS heap after GC (CDP Runtime.getHeapUsage) of a cold-started worker that synced reminders and answered one capture with ${LEAD_COUNT.toLocaleString('en-US')} leads stored (6,000 open tasks)`,
        },
      ];
    },
    { debuggingPort: port },
  );
}
