import { browser } from 'wxt/browser';
import { openDatabase } from '@/lib/db';
import { watchScoringInputs } from './rescoring';
import { createRouter } from './router';

export default defineBackground(() => {
  const db = openDatabase();
  const route = createRouter({
    db,
    now: () => Date.now(),
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
  });

  watchScoringInputs(db, () => Date.now());

  // Returning the promise answers the sender (webextension-polyfill semantics).
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
});
