import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { openDatabase } from '@/lib/db';
import { extractTab } from '@/components/capture-tab';
import { registerCaptureMenu } from './capture-menu';
import { startReminders } from './reminders';
import { registerRetention } from './retention';
import { watchScoringInputs } from './rescoring';
import { createRouter } from './router';
import { startCrmOutbox } from './crm';

export default defineBackground(() => {
  const db = openDatabase();
  const reminders = startReminders(db);
  const crmOutbox = startCrmOutbox(db);
  const route = createRouter({
    db,
    now: () => Date.now(),
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    // The Gmail reader, injected into the Clip lead button's own tab and frame on the click.
    readTab: ({ id, url, frameId }) => extractTab(id, url, frameId),
    // A queued or retried CRM send starts at once; the reply does not wait for the CRM.
    afterWrite: async (command) => {
      if (command === 'crm.handoff' || command === 'crm.retry') void crmOutbox.kick();
      await reminders.sync();
    },
  });

  registerCaptureMenu(route);
  watchScoringInputs(db, () => Date.now());

  // Returning the promise answers the sender (webextension-polyfill semantics).
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  registerRetention(browser, db, reminders.sync);
});
