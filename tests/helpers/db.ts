import { type LeadClipDb, openDatabase } from '@/lib/db';
import { leadFactsFor } from '@/lib/metrics';

let counter = 0;
const opened: LeadClipDb[] = [];

/** A fresh, uniquely named database per test: no state leaks between tests. */
export function freshDatabase(): LeadClipDb {
  counter += 1;
  const db = openDatabase(`leadclip-test-${process.pid}-${counter}`);
  opened.push(db);
  return db;
}

/**
 * Run after every test (tests/setup.ts): in each database the test wrote through, the leadFacts
 * table must hold exactly what the leads and activities give. Every store test thereby checks that
 * its writes kept the facts in step.
 */
export async function expectLeadFactsInStep(): Promise<void> {
  for (const db of opened.splice(0)) {
    if (!db.isOpen()) continue;
    const [kept, leads, activities] = await Promise.all([db.leadFacts.toArray(), db.leads.toArray(), db.activities.toArray()]);
    // Both in lead id order: leadFacts is keyed by the lead's id, and leadFactsFor keeps the leads' order.
    expect(kept, `leadFacts of ${db.name}`).toStrictEqual(leadFactsFor(leads, activities));
  }
}

/** Every record of every table, sorted by key, for "nothing changed" comparisons. */
export async function snapshot(db: LeadClipDb): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
  return Object.fromEntries(entries);
}
