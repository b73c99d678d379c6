// Rescores every lead when a template or the tier thresholds change (issue 5). Watching the data
// catches every path that changes them: the options page, an import, a second window.
//
// The fingerprint of the inputs last scored with is kept in storage.local, so a rescore that the
// browser cut short (it stops an idle service worker) runs again when the worker next starts.
import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import type { LeadClipDb } from '@/lib/db';
import { rescoreAll } from '@/lib/store/scores';
import { readSettings } from '@/lib/store/settings';
import { ensureDefaultTemplate } from '@/lib/store/templates';

export const SCORED_WITH_KEY = 'scoredWith';

export function watchScoringInputs(db: LeadClipDb, now: () => number): { unsubscribe(): void } {
  void ensureDefaultTemplate(db, now()).catch((error: unknown) => console.error('LeadClip: default template not stored', error));
  let running: Promise<unknown> = Promise.resolve();

  async function rescoreIfChanged(fingerprint: string): Promise<void> {
    const stored = (await browser.storage.local.get(SCORED_WITH_KEY))[SCORED_WITH_KEY];
    // First run of this build: the leads were scored with what is stored now.
    if (stored !== undefined && stored !== fingerprint) await rescoreAll(db);
    if (stored !== fingerprint) await browser.storage.local.set({ [SCORED_WITH_KEY]: fingerprint });
  }

  return liveQuery(async () => {
    const [templates, settings] = await Promise.all([db.templates.toArray(), readSettings(db)]);
    return JSON.stringify([templates.map(({ updatedAt: _, ...template }) => template), settings.tierThresholds, settings.slaMinutes]);
  }).subscribe({
    next(fingerprint) {
      // One after another: a second change during a rescore waits, then rescores again.
      running = running.then(() => rescoreIfChanged(fingerprint)).catch((error: unknown) => console.error('LeadClip: rescoring failed', error));
    },
    error: (error: unknown) => console.error('LeadClip: scoring watcher stopped', error),
  });
}
