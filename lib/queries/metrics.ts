// What the Metrics tab reads before computing: the facts of the leads whose inquiry arrived from a
// given time on (one small record per lead, kept by the database: lib/store/lead-facts.ts), and
// the settings (SLA, channel costs, stale threshold). The bench times this same read.
import type { LeadClipDb } from '../db';
import type { LeadFacts } from '../metrics/lead-facts';
import type { Settings } from '../schema';
import { readSettings } from '../store/settings';

export interface MetricsInput {
  /** Facts of the leads with inquiryAt ≥ from. */
  from: number;
  leads: LeadFacts[];
  settings: Settings;
}

/** Everything metrics need for ranges starting at `from` or later. */
export function readMetricsInput(db: LeadClipDb, from: number): Promise<MetricsInput> {
  // No await before the Dexie reads, so useLiveQuery keeps tracking them.
  return Promise.all([db.leadFacts.where('inquiryAt').aboveOrEqual(from).toArray(), readSettings(db)]).then(([leads, settings]) => ({
    from,
    leads,
    settings,
  }));
}
