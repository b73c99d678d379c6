import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { openDatabase } from '@/lib/db';
import { registerCaptureMenu } from './capture-menu';
import { startReminders } from './reminders';
import { registerRetention } from './retention';
import { watchScoringInputs } from './rescoring';
import { createRouter } from './router';

export default defineBackground(() => {
  const db = openDatabase();
  const reminders = startReminders(db);
  const route = createRouter({
    db,
    now: () => Date.now(),
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    afterWrite: reminders.sync,
  });

  registerCaptureMenu(route);
  watchScoringInputs(db, () => Date.now());

  // Returning the promise answers the sender (webextension-polyfill semantics).
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  registerRetention(browser, db, reminders.sync);
});
