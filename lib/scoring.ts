// How a lead is scored (DESIGN.md §5): a pure function of the checklist answers and engagement.
//
//   score = 80 × (weight of "yes" answers ÷ weight of all items)      the checklist
//         + 10 if a meeting was booked or held
//         +  5 if the lead replied (a capture merged into it after first contact)
//         +  5 if first contact came within the SLA, 2 if within an hour
//
// "no" and "unknown" add nothing. The tier follows settings.tierThresholds and carries the
// reasons a rep reads next to it ("SQL: budget yes, authority yes, timing < 3 months").
import type { Activity, Checklist, Lead, Settings, Template, Tier } from './schema';

export const CHECKLIST_POINTS = 80;
export const MEETING_POINTS = 10;
export const REPLY_POINTS = 5;
export const FAST_CONTACT_POINTS = 5;
export const HOUR_CONTACT_POINTS = 2;

export interface Engagement {
  replied: boolean;
  meetingBooked: boolean;
  /** Milliseconds from inquiry to first contact; null while nobody has made contact. */
  timeToFirstContact: number | null;
}

export interface ScoreInput {
  template: Template;
  checklist: Checklist | undefined;
  engagement: Engagement;
  thresholds: Settings['tierThresholds'];
  slaMinutes: number;
}

export interface Score {
  score: number;
  tier: Tier;
  reasons: string[];
}

const HOUR = 60 * 60 * 1000;

export function scoreLead({ template, checklist, engagement, thresholds, slaMinutes }: ScoreInput): Score {
  const reasons: string[] = [];
  const totalWeight = template.items.reduce((sum, item) => sum + item.weight, 0);
  let yesWeight = 0;
  for (const item of template.items) {
    const answer = checklist?.answers[item.id];
    if (!answer || answer.value === 'unknown') continue;
    if (answer.value === 'yes') yesWeight += item.weight;
    // The rep's note says more than "yes" ("timing < 3 months"), so it replaces the bare answer.
    reasons.push(`${item.dimension} ${answer.value === 'yes' && answer.note ? answer.note : answer.value}`);
  }
  let points = totalWeight > 0 ? (CHECKLIST_POINTS * yesWeight) / totalWeight : 0;
  if (engagement.meetingBooked) {
    points += MEETING_POINTS;
    reasons.push('meeting booked');
  }
  if (engagement.replied) {
    points += REPLY_POINTS;
    reasons.push('replied');
  }
  const contact = engagement.timeToFirstContact;
  if (contact !== null && contact <= slaMinutes * 60_000) {
    points += FAST_CONTACT_POINTS;
    reasons.push(`contacted within ${slaMinutes} min`);
  } else if (contact !== null && contact <= HOUR) {
    points += HOUR_CONTACT_POINTS;
    reasons.push('contacted within an hour');
  }
  const score = Math.min(100, Math.round(points));
  return { score, tier: tierOf(score, thresholds), reasons };
}

export function tierOf(score: number, thresholds: Settings['tierThresholds']): Tier {
  if (score >= thresholds.sql) return 'sql';
  if (score >= thresholds.mql) return 'mql';
  return 'cold';
}

/** Engagement read from a lead's timeline. */
export function engagementOf(lead: Pick<Lead, 'firstContactAt' | 'source'>, activities: readonly Activity[]): Engagement {
  const firstContactAt =
    lead.firstContactAt ??
    activities.filter((activity) => activity.type === 'contacted').reduce<number | null>((min, a) => (min === null || a.at < min ? a.at : min), null);
  return {
    meetingBooked: activities.some((activity) => activity.type === 'meeting_booked' || activity.type === 'meeting_held'),
    // A later message from the lead, clipped by the rep, merges into the lead: that is a reply.
    replied: firstContactAt !== null && activities.some((activity) => activity.type === 'merged' && activity.at > firstContactAt),
    timeToFirstContact: firstContactAt === null ? null : Math.max(0, firstContactAt - lead.source.inquiryAt),
  };
}

const TIER_NAMES: Record<Tier, string> = { cold: 'Cold', mql: 'MQL', sql: 'SQL' };

/** "SQL: budget yes, authority yes, timing < 3 months" */
export function explainTier({ tier, reasons }: Pick<Score, 'tier' | 'reasons'>): string {
  return reasons.length ? `${TIER_NAMES[tier]}: ${reasons.join(', ')}` : `${TIER_NAMES[tier]}: no answers yet`;
}
