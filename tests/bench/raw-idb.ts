// The bulk-write baseline of DESIGN.md §7: raw IndexedDB `put` of every record in one transaction,
// into a store with the same key and indices as LeadClip's leads table (lib/db.ts), without Dexie.
import { SCHEMA_VERSIONS } from '@/lib/db';

/** The leads table's indices as IndexedDB options, parsed from the newest Dexie schema declaring it. */
export const LEADS_INDEXES = [...SCHEMA_VERSIONS]
  .reverse()
  .find((step) => step.stores.leads)!
  .stores.leads!.split(',')
  .slice(1)
  .map((spec) => spec.trim())
  .map((spec) => {
    const compound = /^\[(.+)\]$/.exec(spec);
    if (compound) return { name: spec, keyPath: compound[1]!.split('+'), multiEntry: false };
    const keyPath = spec.replace(/^[*&]/, '');
    return { name: keyPath, keyPath, multiEntry: spec.startsWith('*') };
  });

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Creates a scratch database shaped like LeadClip's leads table. */
export async function openRawLeads(name: string): Promise<IDBDatabase> {
  await request(indexedDB.deleteDatabase(name));
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    const store = open.result.createObjectStore('leads', { keyPath: 'id' });
    for (const index of LEADS_INDEXES) store.createIndex(index.name, index.keyPath, { multiEntry: index.multiEntry });
  };
  return request(open);
}

/** Puts every record into `storeName` in one transaction; resolves with the milliseconds taken. */
export async function putAllRaw(db: IDBDatabase, storeName: string, records: readonly unknown[]): Promise<number> {
  const start = performance.now();
  const tx = db.transaction(storeName, 'readwrite', { durability: 'default' });
  const store = tx.objectStore(storeName);
  for (const record of records) store.put(record);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
  return performance.now() - start;
}
