// The funnel dashboard's numbers (issue 6, DESIGN.md §2): pure functions over leads and their
// activities. A lead belongs to a range by when its inquiry arrived (cohort view): its contact,
// meeting, qualification and sale count for that range whenever they happened afterwards.
import { CHANNELS, type Activity, type Channel, type Lead, type Settings, type Stage } from '../schema';
import { median, percentile, ratio } from './stats';

export const DAY_MS = 86_400_000;
/** Channel costs in options are per month; a range costs its share of an average month. */
const AVERAGE_MONTH_MS = (365.25 / 12) * DAY_MS;

/** Half-open interval of inquiry times: `from` ≤ inquiryAt < `to`. */
export interface MetricsRange {
  from: number;
  to: number;
}
export type ChannelFilter = Channel | 'all';

export const FUNNEL_STEPS = ['inquiry', 'contacted', 'meeting', 'sql', 'sale'] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

export interface ChannelFigures {
  channel: ChannelFilter;
  inquiries: number;
  contacted: number;
  meetings: number;
  sqls: number;
  sales: number;
  /** Sum of 'won' values in the settings currency. */
  revenue: number;
  /** Null when the rep recorded no cost for the channel. */
  cost: number | null;
  costPerLead: number | null;
  costPerSale: number | null;
  /** (revenue − cost) / cost. */
  roi: number | null;
}

export interface FirstContactFigures {
  contacted: number;
  /** Not contacted yet, but the SLA has not run out either: neither a hit nor a miss. */
  awaiting: number;
  medianMs: number | null;
  p90Ms: number | null;
  withinSla: number;
  /** Contacted within the SLA ÷ (contacted + overdue and never contacted). */
  withinSlaShare: number | null;
}

export interface StageVelocity {
  stage: Stage;
  /** How many completed stays in this stage the median is over. */
  stays: number;
  medianMs: number | null;
}

export interface StuckLead {
  leadId: string;
  stage: Stage;
  sinceMs: number;
}

export interface Metrics {
  range: MetricsRange;
  channel: ChannelFilter;
  currency: string;
  totals: ChannelFigures;
  byChannel: ChannelFigures[];
  funnel: { step: FunnelStep; count: number; rate: number | null }[];
  firstContact: FirstContactFigures;
  velocity: StageVelocity[];
  /** Open leads whose current stage is older than settings.staleAfterDays, longest first. */
  stuck: StuckLead[];
  /** Inquiries per day from range.from, one entry per day of the range. */
  inquiriesPerDay: number[];
}

type MetricsSettings = Pick<Settings, 'slaMinutes' | 'channelCosts' | 'currency' | 'staleAfterDays'>;

/** What the activities say about one lead of the cohort. */
interface LeadFacts {
  lead: Lead;
  firstContactAt: number | null;
  meeting: boolean;
  sql: boolean;
  sale: boolean;
  revenue: number;
  stageChanges: Extract<Activity, { type: 'stage_changed' }>[] | null;
}

const SQL_STAGES: ReadonlySet<Stage> = new Set(['qualified', 'handed_off', 'won']);
const CLOSED_STAGES: ReadonlySet<Stage> = new Set(['won', 'lost']);
const VELOCITY_STAGES: readonly Stage[] = ['new', 'contacted', 'qualifying', 'qualified', 'handed_off', 'nurturing'];

/**
 * Every figure of the Metrics tab in one pass over leads and one over activities
 * (100,000 leads and 500,000 activities well under the 250 ms budget of DESIGN.md §7).
 */
export function computeMetrics(
  leads: readonly Lead[],
  activities: readonly Activity[],
  range: MetricsRange,
  settings: MetricsSettings,
  now: number,
  channel: ChannelFilter = 'all',
): Metrics {
  const cohort = new Map<string, LeadFacts>();
  for (const lead of leads) {
    const at = lead.source.inquiryAt;
    if (at < range.from || at >= range.to) continue;
    if (channel !== 'all' && lead.source.channel !== channel) continue;
    cohort.set(lead.id, {
      lead,
      firstContactAt: lead.firstContactAt,
      meeting: false,
      sql: lead.tier === 'sql' || SQL_STAGES.has(lead.stage),
      sale: lead.stage === 'won',
      revenue: 0,
      stageChanges: null,
    });
  }
  for (const activity of activities) {
    const facts = cohort.get(activity.leadId);
    if (facts) applyActivity(facts, activity, settings.currency);
  }

  const all = [...cohort.values()];
  const channels = channel === 'all' ? CHANNELS : [channel];
  const byChannel = channels
    .map((c) => channelFigures(c, all.filter((facts) => facts.lead.source.channel === c), range, settings))
    .filter((figures) => figures.inquiries > 0 || figures.cost !== null);
  const totals = sumFigures(channel, byChannel, all);

  return {
    range,
    channel,
    currency: settings.currency,
    totals,
    byChannel,
    funnel: FUNNEL_STEPS.map((step) => {
      const count = step === 'inquiry' ? totals.inquiries : stepCount(totals, step);
      return { step, count, rate: ratio(count, totals.inquiries) };
    }),
    firstContact: firstContactFigures(all, settings.slaMinutes * 60_000, now),
    ...velocityFigures(all, settings.staleAfterDays * DAY_MS, now),
    inquiriesPerDay: perDay(all, range),
  };
}

function applyActivity(facts: LeadFacts, activity: Activity, currency: string): void {
  switch (activity.type) {
    case 'contacted':
      if (facts.firstContactAt === null || activity.at < facts.firstContactAt) facts.firstContactAt = activity.at;
      break;
    case 'meeting_booked':
    case 'meeting_confirmed':
    case 'meeting_held':
      facts.meeting = true;
      break;
    case 'stage_changed':
      if (SQL_STAGES.has(activity.to)) facts.sql = true;
      (facts.stageChanges ??= []).push(activity);
      break;
    case 'won':
      facts.sale = true;
      if (activity.currency === currency) facts.revenue += activity.value;
      break;
    default:
      break;
  }
}

/** The funnel is cumulative: a sale implies the lead was contacted, met and qualified. */
function reached(facts: LeadFacts): Record<Exclude<FunnelStep, 'inquiry'>, boolean> {
  const sale = facts.sale;
  const sql = sale || facts.sql;
  const meeting = sql || facts.meeting;
  return { sale, sql, meeting, contacted: meeting || facts.firstContactAt !== null };
}

function stepCount(figures: ChannelFigures, step: Exclude<FunnelStep, 'inquiry'>): number {
  return { contacted: figures.contacted, meeting: figures.meetings, sql: figures.sqls, sale: figures.sales }[step];
}

function channelFigures(channel: Channel, facts: LeadFacts[], range: MetricsRange, settings: MetricsSettings): ChannelFigures {
  const monthly = settings.channelCosts[channel];
  const cost = monthly === undefined ? null : (monthly * (range.to - range.from)) / AVERAGE_MONTH_MS;
  return withMoney(channel, countSteps(facts), cost);
}

function sumFigures(channel: ChannelFilter, rows: ChannelFigures[], facts: LeadFacts[]): ChannelFigures {
  const costs = rows.map((row) => row.cost).filter((cost): cost is number => cost !== null);
  return withMoney(channel, countSteps(facts), costs.length ? costs.reduce((a, b) => a + b, 0) : null);
}

function countSteps(facts: LeadFacts[]) {
  const counts = { inquiries: facts.length, contacted: 0, meetings: 0, sqls: 0, sales: 0, revenue: 0 };
  for (const lead of facts) {
    const steps = reached(lead);
    counts.contacted += Number(steps.contacted);
    counts.meetings += Number(steps.meeting);
    counts.sqls += Number(steps.sql);
    counts.sales += Number(steps.sale);
    counts.revenue += lead.revenue;
  }
  return counts;
}

function withMoney(channel: ChannelFilter, counts: ReturnType<typeof countSteps>, cost: number | null): ChannelFigures {
  return {
    channel,
    ...counts,
    cost,
    costPerLead: cost === null ? null : ratio(cost, counts.inquiries),
    costPerSale: cost === null ? null : ratio(cost, counts.sales),
    roi: cost === null || cost === 0 ? null : (counts.revenue - cost) / cost,
  };
}

function firstContactFigures(facts: LeadFacts[], slaMs: number, now: number): FirstContactFigures {
  const times: number[] = [];
  let awaiting = 0;
  let overdue = 0;
  for (const { lead, firstContactAt } of facts) {
    if (firstContactAt !== null) times.push(Math.max(0, firstContactAt - lead.source.inquiryAt));
    else if (now < lead.source.inquiryAt + slaMs) awaiting += 1;
    else overdue += 1;
  }
  const withinSla = times.filter((ms) => ms <= slaMs).length;
  return {
    contacted: times.length,
    awaiting,
    medianMs: median(times),
    p90Ms: percentile(times, 90),
    withinSla,
    withinSlaShare: ratio(withinSla, times.length + overdue),
  };
}

/** Time in each stage from 'stage_changed' events; a lead enters 'new' when it is created. */
function velocityFigures(facts: LeadFacts[], staleMs: number, now: number) {
  const stays = new Map<Stage, number[]>(VELOCITY_STAGES.map((stage) => [stage, []]));
  const stuck: StuckLead[] = [];
  for (const { lead, stageChanges } of facts) {
    let enteredAt = lead.createdAt;
    const changes = stageChanges ? [...stageChanges].sort((a, b) => a.at - b.at) : [];
    for (const change of changes) {
      stays.get(change.from)?.push(Math.max(0, change.at - enteredAt));
      enteredAt = change.at;
    }
    if (!CLOSED_STAGES.has(lead.stage) && now - enteredAt > staleMs) {
      stuck.push({ leadId: lead.id, stage: lead.stage, sinceMs: now - enteredAt });
    }
  }
  stuck.sort((a, b) => b.sinceMs - a.sinceMs);
  const velocity = VELOCITY_STAGES.map((stage) => {
    const durations = stays.get(stage)!;
    return { stage, stays: durations.length, medianMs: median(durations) };
  });
  return { velocity, stuck };
}

function perDay(facts: LeadFacts[], range: MetricsRange): number[] {
  const days = new Array<number>(Math.max(0, Math.ceil((range.to - range.from) / DAY_MS))).fill(0);
  for (const { lead } of facts) {
    const index = Math.floor((lead.source.inquiryAt - range.from) / DAY_MS);
    days[index] = (days[index] ?? 0) + 1;
  }
  return days;
}
