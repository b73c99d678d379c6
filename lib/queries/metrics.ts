// What the Metrics tab reads before computing: every lead, the activities metrics are made of,
// and the settings (SLA, channel costs, stale threshold). The bench times this same read.
import type { LeadClipDb } from '../db';
import type { Activity, ActivityType, Lead, Settings } from '../schema';
import { readSettings } from '../store/settings';

export const METRIC_ACTIVITY_TYPES: readonly ActivityType[] = [
  'contacted',
  'meeting_booked',
  'meeting_confirmed',
  'meeting_held',
  'stage_changed',
  'won',
];

/** No await before the Dexie reads, so useLiveQuery keeps tracking them. */
export function readMetricsInput(db: LeadClipDb): Promise<[Lead[], Activity[], Settings]> {
  return Promise.all([db.leads.toArray(), db.activities.where('type').anyOf(METRIC_ACTIVITY_TYPES).toArray(), readSettings(db)]);
}
