import { browser } from 'wxt/browser';
import { openDatabase } from '@/lib/db';
import { startReminders } from './reminders';
import { createRouter } from './router';

export default defineBackground(() => {
  const db = openDatabase();
  const route = createRouter({
    db,
    now: () => Date.now(),
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    afterWrite: startReminders(db).sync,
  });

  // Returning the promise answers the sender (webextension-polyfill semantics).
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
});
