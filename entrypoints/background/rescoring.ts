// Rescores every lead when a template or the tier thresholds change (issue 5). Watching the data
// catches every path that changes them: the options page, an import, a second window.
import { liveQuery } from 'dexie';
import type { LeadClipDb } from '@/lib/db';
import { rescoreAll } from '@/lib/store/scores';
import { readSettings } from '@/lib/store/settings';
import { ensureDefaultTemplate } from '@/lib/store/templates';

export function watchScoringInputs(db: LeadClipDb, now: () => number): { unsubscribe(): void } {
  void ensureDefaultTemplate(db, now()).catch((error: unknown) => console.error('LeadClip: default template not stored', error));
  let seen: string | null = null;
  let running: Promise<unknown> = Promise.resolve();
  return liveQuery(async () => {
    const [templates, settings] = await Promise.all([db.templates.toArray(), readSettings(db)]);
    return JSON.stringify([templates.map(({ updatedAt: _, ...template }) => template), settings.tierThresholds, settings.slaMinutes]);
  }).subscribe({
    next(fingerprint) {
      const changed = seen !== null && seen !== fingerprint;
      seen = fingerprint;
      // Runs one after another: a second change during a rescore waits, then rescores again.
      if (changed) running = running.then(() => rescoreAll(db)).catch((error: unknown) => console.error('LeadClip: rescoring failed', error));
    },
    error: (error: unknown) => console.error('LeadClip: scoring watcher stopped', error),
  });
}
