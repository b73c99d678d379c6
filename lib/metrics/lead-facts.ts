// What metrics need from one lead and its whole history, in one small record (issue 6).
//
// The database keeps one of these per lead in the leadFacts table, written in the same
// transaction as the lead or activity it derives from (lib/store/lead-facts.ts). The Metrics tab
// reads them instead of 100,000 full leads and a few hundred thousand activities; computeMetrics
// derives them from the records with the same function, so both give the same figures.
import type { Activity, Channel, Lead, Stage, Tier } from '../schema';

// Bits of LeadFacts.flags: what the lead's activities say happened.
export const MEETING = 1;
/** A stage change into qualified, handed off or won. */
export const SQL = 2;
/** A 'won' activity. */
export const SALE = 4;

export const SQL_STAGE_NAMES: ReadonlySet<Stage> = new Set(['qualified', 'handed_off', 'won']);

export interface LeadFacts {
  /** The lead's id. */
  id: string;
  inquiryAt: number;
  createdAt: number;
  channel: Channel;
  stage: Stage;
  tier: Tier;
  firstContactAt: number | null;
  /** MEETING | SQL | SALE, from the activities (the lead's own stage and tier count in lib/metrics). */
  flags: number;
  /** Sums of the lead's 'won' values by currency; absent when it has none. */
  revenue?: Record<string, number>;
  /** The lead's stage changes in time order (ties by activity id): when, and the stage it left. */
  changeAt: number[];
  changeFrom: Stage[];
  /** Where the inquiry really came from ("Zillow", "Calendly"; issue 13); absent when not recorded. */
  platform?: string;
}

/** The lead's own fields, which a write of the lead alone can change. */
export type LeadPart = Pick<LeadFacts, 'id' | 'inquiryAt' | 'createdAt' | 'channel' | 'stage' | 'tier' | 'firstContactAt' | 'platform'>;

export function leadPart(lead: Lead): LeadPart {
  return {
    id: lead.id,
    inquiryAt: lead.source.inquiryAt,
    createdAt: lead.createdAt,
    channel: lead.source.channel,
    stage: lead.stage,
    tier: lead.tier,
    firstContactAt: lead.firstContactAt,
    ...(lead.source.platform ? { platform: lead.source.platform } : {}),
  };
}

/** `activities` are the lead's, in any order; others' are not looked at. */
export function leadFactsOf(lead: Lead, activities: readonly Activity[]): LeadFacts {
  const facts: LeadFacts = { ...leadPart(lead), flags: 0, changeAt: [], changeFrom: [] };
  const changes: Extract<Activity, { type: 'stage_changed' }>[] = [];
  for (const activity of activities) {
    if (activity.leadId !== lead.id) continue;
    switch (activity.type) {
      case 'meeting_booked':
      case 'meeting_confirmed':
      case 'meeting_held':
        facts.flags |= MEETING;
        break;
      case 'stage_changed':
        if (SQL_STAGE_NAMES.has(activity.to)) facts.flags |= SQL;
        changes.push(activity);
        break;
      case 'won': {
        facts.flags |= SALE;
        const revenue = (facts.revenue ??= {});
        revenue[activity.currency] = (revenue[activity.currency] ?? 0) + activity.value;
        break;
      }
      default:
        break;
    }
  }
  changes.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const change of changes) {
    facts.changeAt.push(change.at);
    facts.changeFrom.push(change.from);
  }
  return facts;
}

/** Facts of every lead, each from its own activities; activities of leads not given are ignored. */
export function leadFactsFor(leads: readonly Lead[], activities: readonly Activity[]): LeadFacts[] {
  const byLead = new Map<string, Activity[]>();
  for (const activity of activities) {
    const list = byLead.get(activity.leadId);
    if (list) list.push(activity);
    else byLead.set(activity.leadId, [activity]);
  }
  return leads.map((lead) => leadFactsOf(lead, byLead.get(lead.id) ?? []));
}
