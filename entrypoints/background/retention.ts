// Runs the retention purge (lib/store/retention.ts) once a day. Chrome keeps alarms across
// browser restarts; creating it again on each start only moves the next run, which is fine for
// a daily job. The timers engineer owns the 'leadclip-reminder' alarm; this one is separate.
import type { WxtBrowser } from 'wxt/browser';
import type { LeadClipDb } from '@/lib/db';
import { purgeIdleLeads } from '@/lib/store/retention';
import { readSettings } from '@/lib/store/settings';

export const RETENTION_ALARM = 'leadclip-retention';
const DAY_MINUTES = 24 * 60;

export async function runRetention(db: LeadClipDb, now: number): Promise<{ erased: number }> {
  const settings = await readSettings(db);
  return purgeIdleLeads(db, settings.retentionDays, now);
}

/** `afterPurge` re-arms the reminder alarm and badge once erased leads took their tasks along. */
export function registerRetention(browser: WxtBrowser, db: LeadClipDb, afterPurge: () => Promise<void>, now: () => number = () => Date.now()): void {
  void browser.alarms.get(RETENTION_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: DAY_MINUTES });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== RETENTION_ALARM) return;
    runRetention(db, now())
      .then(({ erased }) => (erased ? afterPurge() : undefined))
      .catch((error: unknown) => console.error('LeadClip: retention purge failed', error));
  });
}
