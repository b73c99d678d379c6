import { type LeadClipDb, openDatabase } from '@/lib/db';

let counter = 0;

/** A fresh, uniquely named database per test: no state leaks between tests. */
export function freshDatabase(): LeadClipDb {
  counter += 1;
  return openDatabase(`leadclip-test-${process.pid}-${counter}`);
}

/** Every record of every table, sorted by key, for "nothing changed" comparisons. */
export async function snapshot(db: LeadClipDb): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
  return Object.fromEntries(entries);
}
