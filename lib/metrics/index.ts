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

const SQL_STAGES: ReadonlySet<Stage> = new Set(['qualified', 'handed_off', 'won']);
const CLOSED_STAGES: ReadonlySet<Stage> = new Set(['won', 'lost']);
const VELOCITY_STAGES: readonly Stage[] = ['new', 'contacted', 'qualifying', 'qualified', 'handed_off', 'nurturing'];

// Flags of what the activities say about a lead of the cohort.
const MEETING = 1;
const SQL = 2;
const SALE = 4;

type StageChange = Extract<Activity, { type: 'stage_changed' }>;

/**
 * What the cohort's activities say, as parallel arrays indexed like `leads` (100,000 small objects
 * would cost more in garbage collection than the arithmetic itself).
 */
interface Cohort {
  leads: Lead[];
  firstContactAt: Float64Array;
  flags: Uint8Array;
  revenue: Float64Array;
  stageChanges: (StageChange[] | undefined)[];
}

/**
 * Every figure of the Metrics tab in one pass over leads and one over activities
 * (100,000 leads and 500,000 activities within the 250 ms budget of DESIGN.md §7).
 */
export function computeMetrics(
  leads: readonly Lead[],
  activities: readonly Activity[],
  range: MetricsRange,
  settings: MetricsSettings,
  now: number,
  channel: ChannelFilter = 'all',
): Metrics {
  const cohort = collectCohort(leads, activities, range, channel, settings.currency);
  const channels = channel === 'all' ? CHANNELS : [channel];
  const counts = countSteps(cohort);
  const byChannel = channels
    .map((c) => withMoney(c, counts.get(c) ?? emptyCounts(), channelCost(c, range, settings)))
    .filter((figures) => figures.inquiries > 0 || figures.cost !== null);
  const costs = byChannel.map((row) => row.cost).filter((cost): cost is number => cost !== null);
  const totals = withMoney(channel, sumCounts([...counts.values()]), costs.length ? costs.reduce((a, b) => a + b, 0) : null);

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
    firstContact: firstContactFigures(cohort, settings.slaMinutes * 60_000, now),
    ...velocityFigures(cohort, settings.staleAfterDays * DAY_MS, now),
    inquiriesPerDay: perDay(cohort.leads, range),
  };
}

function collectCohort(leads: readonly Lead[], activities: readonly Activity[], range: MetricsRange, channel: ChannelFilter, currency: string): Cohort {
  const members: Lead[] = [];
  for (const lead of leads) {
    const at = lead.source.inquiryAt;
    if (at < range.from || at >= range.to) continue;
    if (channel !== 'all' && lead.source.channel !== channel) continue;
    members.push(lead);
  }
  const index = new Map<string, number>();
  const cohort: Cohort = {
    leads: members,
    firstContactAt: new Float64Array(members.length),
    flags: new Uint8Array(members.length),
    revenue: new Float64Array(members.length),
    stageChanges: new Array(members.length),
  };
  members.forEach((lead, i) => {
    index.set(lead.id, i);
    cohort.firstContactAt[i] = lead.firstContactAt ?? Number.NaN;
    cohort.flags[i] = (lead.tier === 'sql' || SQL_STAGES.has(lead.stage) ? SQL : 0) | (lead.stage === 'won' ? SALE : 0);
  });
  for (const activity of activities) {
    const i = index.get(activity.leadId);
    if (i !== undefined) applyActivity(cohort, i, activity, currency);
  }
  return cohort;
}

function applyActivity(cohort: Cohort, i: number, activity: Activity, currency: string): void {
  switch (activity.type) {
    case 'contacted': {
      const first = cohort.firstContactAt[i]!;
      if (Number.isNaN(first) || activity.at < first) cohort.firstContactAt[i] = activity.at;
      break;
    }
    case 'meeting_booked':
    case 'meeting_confirmed':
    case 'meeting_held':
      cohort.flags[i]! |= MEETING;
      break;
    case 'stage_changed':
      if (SQL_STAGES.has(activity.to)) cohort.flags[i]! |= SQL;
      (cohort.stageChanges[i] ??= []).push(activity);
      break;
    case 'won':
      cohort.flags[i]! |= SALE;
      if (activity.currency === currency) cohort.revenue[i]! += activity.value;
      break;
    default:
      break;
  }
}

type StepCounts = Pick<ChannelFigures, 'inquiries' | 'contacted' | 'meetings' | 'sqls' | 'sales' | 'revenue'>;

const emptyCounts = (): StepCounts => ({ inquiries: 0, contacted: 0, meetings: 0, sqls: 0, sales: 0, revenue: 0 });

/** Per channel. The funnel is cumulative: a sale implies the lead was contacted, met and qualified. */
function countSteps(cohort: Cohort): Map<Channel, StepCounts> {
  const counts = new Map<Channel, StepCounts>();
  cohort.leads.forEach((lead, i) => {
    let row = counts.get(lead.source.channel);
    if (!row) counts.set(lead.source.channel, (row = emptyCounts()));
    const flags = cohort.flags[i]!;
    const sale = (flags & SALE) !== 0;
    const sql = sale || (flags & SQL) !== 0;
    const meeting = sql || (flags & MEETING) !== 0;
    const contacted = meeting || !Number.isNaN(cohort.firstContactAt[i]!);
    row.inquiries += 1;
    row.contacted += Number(contacted);
    row.meetings += Number(meeting);
    row.sqls += Number(sql);
    row.sales += Number(sale);
    row.revenue += cohort.revenue[i]!;
  });
  return counts;
}

function sumCounts(rows: StepCounts[]): StepCounts {
  const total = emptyCounts();
  for (const row of rows) {
    for (const key of Object.keys(total) as (keyof StepCounts)[]) total[key] += row[key];
  }
  return total;
}

function stepCount(figures: ChannelFigures, step: Exclude<FunnelStep, 'inquiry'>): number {
  return { contacted: figures.contacted, meeting: figures.meetings, sql: figures.sqls, sale: figures.sales }[step];
}

function channelCost(channel: Channel, range: MetricsRange, settings: MetricsSettings): number | null {
  const monthly = settings.channelCosts[channel];
  return monthly === undefined ? null : (monthly * (range.to - range.from)) / AVERAGE_MONTH_MS;
}

function withMoney(channel: ChannelFilter, counts: StepCounts, cost: number | null): ChannelFigures {
  return {
    channel,
    ...counts,
    cost,
    costPerLead: cost === null ? null : ratio(cost, counts.inquiries),
    costPerSale: cost === null ? null : ratio(cost, counts.sales),
    roi: cost === null || cost === 0 ? null : (counts.revenue - cost) / cost,
  };
}

function firstContactFigures(cohort: Cohort, slaMs: number, now: number): FirstContactFigures {
  const times: number[] = [];
  let awaiting = 0;
  let overdue = 0;
  cohort.leads.forEach((lead, i) => {
    const firstContactAt = cohort.firstContactAt[i]!;
    if (!Number.isNaN(firstContactAt)) times.push(Math.max(0, firstContactAt - lead.source.inquiryAt));
    else if (now < lead.source.inquiryAt + slaMs) awaiting += 1;
    else overdue += 1;
  });
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
function velocityFigures(cohort: Cohort, staleMs: number, now: number) {
  const stays = new Map<Stage, number[]>(VELOCITY_STAGES.map((stage) => [stage, []]));
  const stuck: StuckLead[] = [];
  cohort.leads.forEach((lead, i) => {
    let enteredAt = lead.createdAt;
    const changes = cohort.stageChanges[i];
    if (changes) {
      if (changes.length > 1) changes.sort((a, b) => a.at - b.at);
      for (const change of changes) {
        stays.get(change.from)?.push(Math.max(0, change.at - enteredAt));
        enteredAt = change.at;
      }
    }
    if (!CLOSED_STAGES.has(lead.stage) && now - enteredAt > staleMs) {
      stuck.push({ leadId: lead.id, stage: lead.stage, sinceMs: now - enteredAt });
    }
  });
  stuck.sort((a, b) => b.sinceMs - a.sinceMs);
  const velocity = VELOCITY_STAGES.map((stage) => {
    const durations = stays.get(stage)!;
    return { stage, stays: durations.length, medianMs: median(durations) };
  });
  return { velocity, stuck };
}

function perDay(leads: readonly Lead[], range: MetricsRange): number[] {
  const days = new Array<number>(Math.max(0, Math.ceil((range.to - range.from) / DAY_MS))).fill(0);
  for (const lead of leads) {
    const index = Math.floor((lead.source.inquiryAt - range.from) / DAY_MS);
    days[index] = (days[index] ?? 0) + 1;
  }
  return days;
}
