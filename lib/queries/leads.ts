// The lead list query (issue 5): search, filters and sort over the indices of lib/db.ts, planned so
// the first page stays under 50 ms and a search keystroke under 16 ms with 100,000 leads
// (DESIGN.md §7). Read-only: extension pages call it inside useLiveQuery.
import Dexie, { type Collection } from 'dexie';
import type { LeadClipDb } from '../db';
import { phoneSearchDigits, phoneSearchKeys } from '../normalize';
import { type Channel, type Lead, type Stage, STAGES, type Tier } from '../schema';

export const DUE_STATES = ['any', 'overdue', 'due', 'none'] as const;
export type DueState = (typeof DUE_STATES)[number];
export const LEAD_SORTS = ['urgency', 'newest', 'score'] as const;
/** Open leads are still being worked; closed ones (handed off, won, lost) are done. */
export const LEAD_STATES = ['open', 'closed', 'all'] as const;
export type LeadState = (typeof LEAD_STATES)[number];
const CLOSED_STAGES: readonly Stage[] = ['handed_off', 'won', 'lost'];
export type LeadSort = (typeof LEAD_SORTS)[number];

export interface LeadFilters {
  stages: Stage[];
  tiers: Tier[];
  channels: Channel[];
  /** Exact owner name; null for any owner. */
  owner: string | null;
  /** overdue: first contact or follow-up past due; due: pending, not yet due; none: nothing pending. */
  due: DueState;
  /** Only leads whose consent basis is "none_recorded". */
  noConsentBasis: boolean;
  /** Open or closed leads only; absent means all. */
  state?: LeadState;
}

export interface LeadQuery {
  search: string;
  filters: LeadFilters;
  sort: LeadSort;
}

export interface LeadPage {
  leads: Lead[];
  /** True when more leads match than were returned. */
  hasMore: boolean;
}

export const NO_FILTERS: LeadFilters = { stages: [], tiers: [], channels: [], owner: null, due: 'any', noConsentBasis: false };
/** The list a rep opens: the leads still to work, most urgent first; closed ones are a filter away. */
export const DEFAULT_FILTERS: LeadFilters = { ...NO_FILTERS, state: 'open' };
export const DEFAULT_QUERY: LeadQuery = { search: '', filters: DEFAULT_FILTERS, sort: 'urgency' };

/** The stages a filter lets through, the open/closed state folded in; null when any stage will do. */
export function stagesOf(filters: LeadFilters): readonly Stage[] | null {
  const state = filters.state ?? 'all';
  if (state === 'all') return filters.stages.length ? filters.stages : null;
  const ofState = STAGES.filter((stage) => CLOSED_STAGES.includes(stage) === (state === 'closed'));
  return filters.stages.length ? filters.stages.filter((stage) => ofState.includes(stage)) : ofState;
}

/** Below this many candidates, loading a filter's index range and sorting in memory beats a scan. */
const IN_MEMORY_MAX = 300;

export interface QueryEnvironment {
  now: number;
}

/**
 * One page of the lead list: the first `limit` leads matching `query`, in its sort order.
 * The list grows `limit` as the rep scrolls; every call is independent (no cursor to keep).
 */
export async function queryLeadPage(db: LeadClipDb, query: LeadQuery, limit: number, env: QueryEnvironment): Promise<LeadPage> {
  const matches = leadMatcher(query, env.now);
  const terms = searchTerms(query.search);
  if (terms.length) {
    // One more than the page from each index range, so that a broad search still knows it has more.
    const candidates = await searchCandidates(db, query.search, limit + 1);
    return pageOf(candidates.filter(matches), query.sort, limit);
  }
  // Only await when a filter needs planning: an extra native await in front of the Dexie reads
  // would make useLiveQuery lose track of them and stop re-running on changes.
  const ranges = filterRanges(db, query.filters, env.now);
  if (ranges.length) {
    const few = await fewestKeys(ranges);
    if (few) return pageOf((await db.leads.bulkGet(few)).filter((lead): lead is Lead => lead !== undefined && matches(lead)), query.sort, limit);
    const equality = equalityFilter(query.filters);
    if (equality && query.sort !== 'score') return walkCompound(db, equality, query.sort, matches, limit);
  }
  return scanInOrder(db, query.sort, matches, limit, query.filters.due === 'any' ? null : { due: query.filters.due, now: env.now });
}

/** Words to find; a phone number typed with spaces ("+44 20 7123") stays one term of its digits. */
export function searchTerms(search: string): string[] {
  const trimmed = search.trim();
  if (isPhoneLike(trimmed)) return [trimmed.replace(/[^\d+]/g, '')];
  return trimmed.toLowerCase().split(/\s+/).filter(Boolean);
}

/** Everything the list filters on, as one predicate; also applied to index candidates. */
export function leadMatcher({ search, filters }: LeadQuery, now: number): (lead: Lead) => boolean {
  const terms = searchTerms(search);
  const stages = stagesOf(filters);
  return (lead) => {
    if (stages && !stages.includes(lead.stage)) return false;
    if (filters.tiers.length && !filters.tiers.includes(lead.tier)) return false;
    if (filters.channels.length && !filters.channels.includes(lead.source.channel)) return false;
    if (filters.owner !== null && lead.owner !== filters.owner) return false;
    if (filters.noConsentBasis && lead.consent.basis !== 'none_recorded') return false;
    if (!matchesDue(lead.nextDueAt, filters.due, now)) return false;
    if (!terms.length) return true;
    const text = [lead.fullName, lead.company.name, ...lead.emails, ...lead.phones].join(' ').toLowerCase();
    return terms.every((term) => text.includes(term) || (isPhoneLike(term) && matchesPhone(lead, term)));
  };
}

/** The lead has a number starting with the typed digits, in its E.164 or national form. */
function matchesPhone(lead: Lead, term: string): boolean {
  const digits = phoneSearchDigits(term);
  return (lead.phoneDigits ?? phoneSearchKeys(lead.phones)).some((key) => key.startsWith(digits));
}

/** "(415) 555-01" or "0151": digits a rep types for a number stored as +14155550123. */
const isPhoneLike = (term: string) => /^[\d\s()+.-]+$/.test(term) && phoneSearchDigits(term).length >= 3;

function matchesDue(nextDueAt: number | null, due: DueState, now: number): boolean {
  switch (due) {
    case 'any':
      return true;
    case 'none':
      return nextDueAt === null;
    case 'overdue':
      return nextDueAt !== null && nextDueAt < now;
    case 'due':
      return nextDueAt !== null && nextDueAt >= now;
  }
}

/** Urgency: overdue first (smallest due time), then soonest due, then leads with nothing due. */
export function compareLeads(sort: LeadSort): (a: Lead, b: Lead) => number {
  const byDue = (a: Lead, b: Lead) => (a.nextDueAt ?? Infinity) - (b.nextDueAt ?? Infinity) || b.createdAt - a.createdAt;
  if (sort === 'newest') return (a, b) => b.createdAt - a.createdAt;
  // Equal scores keep the order of a backwards walk of the score index (record id, descending),
  // so a page read from the index and one sorted in memory agree.
  if (sort === 'score') return (a, b) => b.score - a.score || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
  return byDue;
}

function pageOf(leads: Lead[], sort: LeadSort, limit: number): LeadPage {
  return { leads: leads.sort(compareLeads(sort)).slice(0, limit), hasMore: leads.length > limit };
}

/**
 * Prefix matches on the name, last name, company, email and phone indices, at most `cap` from each.
 * Each is one plain key range read in the casings people write names in ("priya", "Priya"), all in
 * parallel: Dexie's startsWithIgnoreCase walks a cursor and costs ~100 ms a keystroke with many
 * leads. Records are read straight from the index (one getAll each): reading keys first and then
 * the records one get at a time took twice as long for a name typed in full (measured).
 */
async function searchCandidates(db: LeadClipDb, search: string, cap: number): Promise<Lead[]> {
  const terms = searchTerms(search);
  const whole = search.trim();
  const casings = (text: string) => [...new Set([text, text.toLowerCase(), capitalize(text.toLowerCase())])];
  const ranges: [string, string][] = [
    ...casings(whole).flatMap((prefix): [string, string][] => [
      ['fullName', prefix],
      ['company.name', prefix],
    ]),
    ...casings(terms[0]!).map((prefix): [string, string] => ['lastName', prefix]),
    ['emails', terms[0]!],
    // Any spelling of a number: the digits index holds its E.164 and national digits (schema v9).
    ...(isPhoneLike(whole) ? [['phoneDigits', phoneSearchDigits(whole)] as [string, string]] : []),
  ];
  const found = await Promise.all(ranges.map(([index, prefix]) => db.leads.where(index).startsWith(prefix).limit(cap).toArray()));
  const byId = new Map<string, Lead>();
  for (const leads of found) for (const lead of leads) byId.set(lead.id, lead);
  return [...byId.values()];
}

const capitalize = (text: string) => text.replace(/(^|[\s'-])(\p{L})/gu, (_, gap: string, letter: string) => gap + letter.toUpperCase());

type RangeFactory = () => Collection<Lead, string>;

/** The index range each set filter selects. Factories, not collections: Dexie's anyOf() keeps
 *  cursor state, so a clone() that has been counted returns a partial result when read again. */
function filterRanges(db: LeadClipDb, filters: LeadFilters, now: number): RangeFactory[] {
  const ranges: RangeFactory[] = [];
  const stages = stagesOf(filters);
  if (stages) ranges.push(() => db.leads.where('stage').anyOf(stages));
  if (filters.tiers.length) ranges.push(() => db.leads.where('tier').anyOf(filters.tiers));
  if (filters.channels.length) ranges.push(() => db.leads.where('source.channel').anyOf(filters.channels));
  if (filters.owner !== null) ranges.push(() => db.leads.where('owner').equals(filters.owner!));
  if (filters.due === 'overdue') ranges.push(() => db.leads.where('nextDueAt').below(now));
  if (filters.due === 'due') ranges.push(() => db.leads.where('nextDueAt').aboveOrEqual(now));
  return ranges;
}

/**
 * The keys of the narrowest filter when it selects few leads, read with limited getAllKeys calls.
 * (IndexedDB's count() walks the whole range in Chromium: too slow to plan with at 100,000 leads.)
 */
async function fewestKeys(ranges: RangeFactory[]): Promise<string[] | null> {
  const probes = await Promise.all(ranges.map((range) => range().limit(IN_MEMORY_MAX + 1).primaryKeys()));
  const fewest = probes.reduce((best, keys) => (keys.length < best.length ? keys : best));
  return fewest.length <= IN_MEMORY_MAX ? fewest : null;
}

type EqualityIndex = 'stage' | 'source.channel' | 'tier' | 'owner';

/** The indexed equality filter to walk a compound index by, most selective kind first. */
function equalityFilter(filters: LeadFilters): { index: EqualityIndex; values: readonly string[] } | null {
  if (filters.owner !== null) return { index: 'owner', values: [filters.owner] };
  const stages = stagesOf(filters);
  if (stages) return { index: 'stage', values: stages };
  if (filters.channels.length) return { index: 'source.channel', values: filters.channels };
  if (filters.tiers.length) return { index: 'tier', values: filters.tiers };
  return null;
}

/**
 * Dense filters: walk `[filter+nextDueAt]` (urgency) or `[filter+createdAt]` (newest) for each
 * filter value, so the first page is read in order from within the filter, then merge the values.
 */
async function walkCompound(
  db: LeadClipDb,
  { index, values }: { index: EqualityIndex; values: readonly string[] },
  sort: 'urgency' | 'newest',
  matches: (lead: Lead) => boolean,
  limit: number,
): Promise<LeadPage> {
  const wanted = limit + 1;
  const walk = (key: 'nextDueAt' | 'createdAt', value: string, keep: (lead: Lead) => boolean, count: number) => {
    const range = db.leads.where(`[${index}+${key}]`).between([value, Dexie.minKey], [value, Dexie.maxKey]);
    return (key === 'createdAt' ? range.reverse() : range).filter(keep).limit(count).toArray();
  };
  const merged = async (key: 'nextDueAt' | 'createdAt', keep: (lead: Lead) => boolean, count: number) =>
    (await Promise.all(values.map((value) => walk(key, value, keep, count)))).flat().sort(compareLeads(sort)).slice(0, count);
  let leads = await merged(sort === 'newest' ? 'createdAt' : 'nextDueAt', matches, wanted);
  if (sort === 'urgency' && leads.length < wanted) {
    leads = leads.concat(await merged('createdAt', (lead) => lead.nextDueAt === null && matches(lead), wanted - leads.length));
  }
  return { leads: leads.slice(0, limit), hasMore: leads.length > limit };
}

/** Walks the sort's own index and stops after `limit + 1` matches: cheap for broad filters. */
async function scanInOrder(
  db: LeadClipDb,
  sort: LeadSort,
  matches: (lead: Lead) => boolean,
  limit: number,
  dueRange: { due: DueState; now: number } | null,
): Promise<LeadPage> {
  const wanted = limit + 1;
  let leads: Lead[];
  if (sort === 'newest') leads = await db.leads.orderBy('createdAt').reverse().filter(matches).limit(wanted).toArray();
  else if (sort === 'score') leads = await db.leads.orderBy('score').reverse().filter(matches).limit(wanted).toArray();
  else {
    // A due filter is a range of the urgency index itself: start there instead of walking past it.
    const pending =
      dueRange?.due === 'overdue'
        ? db.leads.where('nextDueAt').below(dueRange.now)
        : dueRange?.due === 'due'
          ? db.leads.where('nextDueAt').aboveOrEqual(dueRange.now)
          : db.leads.orderBy('nextDueAt');
    leads = dueRange?.due === 'none' ? [] : await pending.filter(matches).limit(wanted).toArray();
    // IndexedDB leaves null keys out of an index: leads with nothing due come after, newest first.
    if (leads.length < wanted && (dueRange === null || dueRange.due === 'none')) {
      const idle = await db.leads
        .orderBy('createdAt')
        .reverse()
        .filter((lead) => lead.nextDueAt === null && matches(lead))
        .limit(wanted - leads.length)
        .toArray();
      leads = leads.concat(idle);
    }
  }
  return { leads: leads.slice(0, limit), hasMore: leads.length > limit };
}
