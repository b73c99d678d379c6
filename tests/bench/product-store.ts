// Runs inside a Chromium page (bundled by tests/bench/bundle.ts): the product's own CSV import and
// metrics code against fresh databases with the product's schema (lib/db.ts openDatabase).
import Dexie from 'dexie';
import { openDatabase } from '@/lib/db';
import { importCsvIntoDatabase } from '@/lib/import/run';
import { DAY_MS, metricFacts, metricsFor } from '@/lib/metrics';
import { benchCsv } from './import-csv';
import { benchActivities, benchLeads } from './leads';
import { putAllRaw } from './raw-idb';
import { readMetricsInput } from '@/lib/queries/metrics';

export interface ImportTiming {
  ms: number;
  csvBytes: number;
  created: number;
  merged: number;
  problems: string[];
  stored: number;
}

/** CSV text of `count` rows → importCsvIntoDatabase (parse, map, validate, normalize, dedup, write in batches). */
export async function measureImport(count: number, now: number): Promise<ImportTiming> {
  const name = 'leadclip-bench-import';
  await Dexie.delete(name);
  const csv = benchCsv(count);
  const db = openDatabase(name);
  await db.open();
  try {
    const start = performance.now();
    const report = await importCsvIntoDatabase(db, csv, { now });
    const ms = performance.now() - start;
    return {
      ms,
      csvBytes: new TextEncoder().encode(csv).length,
      created: report.created,
      merged: report.merged,
      problems: report.problems.slice(0, 3).map((p) => `row ${p.row}: ${p.reason}`),
      stored: await db.leads.count(),
    };
  } finally {
    db.close();
    await Dexie.delete(name);
  }
}


export interface MetricsTiming {
  /** Facts records → figures (metricFacts, then metricsFor): what the tab computes when its data arrives or changes. */
  computeMs: number[];
  /** metricsFor alone: what each change of range or channel costs. */
  figuresMs: number[];
  readMs: number[];
  /** The read of the tab's default range, the last 30 days. */
  openReadMs: number[];
  openLeads: number;
  /** The schema upgrade that builds the leadFacts table from the leads and activities. */
  upgradeMs: number;
  leads: number;
  activitiesStored: number;
  inquiries: number;
}

/**
 * The Metrics tab at 100,000 leads and 500,000 activities. The records are written raw into a
 * database at the schema before the leadFacts table; opening it at the latest version runs the
 * upgrade that derives the table (timed). Then what the tab reads when it opens (the same queries
 * as MetricsView), the figures computed from those records over the 90-day preset, and a change of
 * range alone. Warm-up runs are not counted.
 */
export async function measureMetrics(count: number, runs: number): Promise<MetricsTiming> {
  const name = 'leadclip-bench-metrics';
  await Dexie.delete(name);
  {
    const before = openDatabase(name, { upTo: 6 });
    await before.open();
    const leads = benchLeads(count);
    await putAllRaw(before.backendDB(), 'leads', leads);
    await putAllRaw(before.backendDB(), 'activities', benchActivities(leads));
    before.close();
  }
  const db = openDatabase(name);
  const upgradeStart = performance.now();
  await db.open();
  const upgradeMs = performance.now() - upgradeStart;
  try {
    // The bench leads are created from 1 January 2026 on, one a minute: the 90-day preset ending
    // 15 March 2026 holds all of them.
    const now = Date.UTC(2026, 2, 15, 12);
    const range = { from: now - 89 * DAY_MS, to: now + DAY_MS };
    const read = () => readMetricsInput(db, range.from);
    const readMs: number[] = [];
    let data = await read();
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      data = await read();
      readMs.push(performance.now() - start);
    }
    const { leads, settings } = data;
    const openReadMs: number[] = [];
    let openLeads = 0;
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      openLeads = (await readMetricsInput(db, now - 29 * DAY_MS)).leads.length;
      openReadMs.push(performance.now() - start);
    }
    const compute = () => metricsFor(metricFacts(leads, settings.currency), range, settings, now, 'all');
    let metrics = compute();
    const computeMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      metrics = compute();
      computeMs.push(performance.now() - start);
    }
    const facts = metricFacts(leads, settings.currency);
    const lastMonth = { from: now - 29 * DAY_MS, to: now + DAY_MS };
    metricsFor(facts, lastMonth, settings, now, 'all');
    const figuresMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      metricsFor(facts, i % 2 ? range : lastMonth, settings, now, 'all');
      figuresMs.push(performance.now() - start);
    }
    return {
      computeMs,
      figuresMs,
      readMs,
      openReadMs,
      openLeads,
      upgradeMs,
      leads: leads.length,
      activitiesStored: await db.activities.count(),
      inquiries: metrics.totals.inquiries,
    };
  } finally {
    db.close();
    await Dexie.delete(name);
  }
}
