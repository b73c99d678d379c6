// Connects extension-page code under test to a real background router, as if the message had
// come from the side panel: components send commands and the database really changes.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter } from '@/entrypoints/background/router';
import type { LeadClipDb } from '@/lib/db';

export function connectBackground(db: LeadClipDb, now: () => number = () => Date.now()) {
  const route = createRouter({
    db,
    now,
    extensionId: fakeBrowser.runtime.id,
    extensionOrigin: fakeBrowser.runtime.getURL('/'),
  });
  const sender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') };
  const sendMessage = vi.fn((message: unknown) => route(message, sender));
  fakeBrowser.runtime.sendMessage = sendMessage as unknown as typeof fakeBrowser.runtime.sendMessage;
  return sendMessage;
}

/** Empties the database that extension pages share (components/db.ts). */
export async function clearDatabase(db: LeadClipDb): Promise<void> {
  await Promise.all(db.tables.map((table) => table.clear()));
}
