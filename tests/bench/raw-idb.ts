// The bulk-write baseline of DESIGN.md §7: raw IndexedDB `put` of every record in one transaction,
// into a store with the same key and indices as LeadClip's leads table (lib/db.ts), without Dexie.
import { SCHEMA_VERSIONS } from '@/lib/db';

/** The leads table's indices as IndexedDB options, parsed from the latest Dexie schema string. */
export const LEADS_INDEXES = SCHEMA_VERSIONS.at(-1)!
  .stores.leads!.split(',')
  .slice(1)
  .map((spec) => spec.trim())
  .filter((spec) => !spec.startsWith('['))
  .map((spec) => ({ keyPath: spec.replace(/^[*&]/, ''), multiEntry: spec.startsWith('*') }));

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
    for (const index of LEADS_INDEXES) store.createIndex(index.keyPath, index.keyPath, { multiEntry: index.multiEntry });
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
