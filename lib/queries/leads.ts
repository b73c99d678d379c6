// The lead list query (issue 5): search, filters and sort over the indices of lib/db.ts, planned so
// the first page stays under 50 ms and a search keystroke under 16 ms with 100,000 leads
// (DESIGN.md §7). Read-only: extension pages call it inside useLiveQuery.
import type { Collection } from 'dexie';
import type { LeadClipDb } from '../db';
import type { Channel, Lead, Stage, Tier } from '../schema';

export const DUE_STATES = ['any', 'overdue', 'due', 'none'] as const;
export type DueState = (typeof DUE_STATES)[number];
export const LEAD_SORTS = ['urgency', 'newest', 'score'] as const;
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
export const DEFAULT_QUERY: LeadQuery = { search: '', filters: NO_FILTERS, sort: 'urgency' };

/** Below this many candidates, loading a filter's index range and sorting in memory beats a scan. */
const IN_MEMORY_MAX = 2_000;
/** Matches taken from each search index; a query this broad is refined by typing on. */
export const SEARCH_CAP = 1_000;

export interface QueryEnvironment {
  now: number;
  /** Country calling code of settings.defaultRegion ("1" for US), to match national phone digits. */
  callingCode?: string;
}

/**
 * One page of the lead list: the first `limit` leads matching `query`, in its sort order.
 * The list grows `limit` as the rep scrolls; every call is independent (no cursor to keep).
 */
export async function queryLeadPage(db: LeadClipDb, query: LeadQuery, limit: number, env: QueryEnvironment): Promise<LeadPage> {
  const matches = leadMatcher(query, env.now);
  const terms = searchTerms(query.search);
  if (terms.length) {
    const candidates = await searchCandidates(db, terms[0]!, env.callingCode);
    return pageOf(candidates.filter(matches), query.sort, limit);
  }
  // Only await when a filter needs planning: an extra native await in front of the Dexie reads
  // would make useLiveQuery lose track of them and stop re-running on changes.
  const ranges = filterRanges(db, query.filters, env.now);
  if (ranges.length) {
    const narrow = await smallestRange(ranges);
    if (narrow) return pageOf((await narrow.toArray()).filter(matches), query.sort, limit);
  }
  return scanInOrder(db, query.sort, matches, limit);
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
  return (lead) => {
    if (filters.stages.length && !filters.stages.includes(lead.stage)) return false;
    if (filters.tiers.length && !filters.tiers.includes(lead.tier)) return false;
    if (filters.channels.length && !filters.channels.includes(lead.source.channel)) return false;
    if (filters.owner !== null && lead.owner !== filters.owner) return false;
    if (filters.noConsentBasis && lead.consent.basis !== 'none_recorded') return false;
    if (!matchesDue(lead.nextDueAt, filters.due, now)) return false;
    if (!terms.length) return true;
    const text = [lead.fullName, lead.company.name, ...lead.emails, ...lead.phones].join(' ').toLowerCase();
    const phoneDigits = lead.phones.map(digitsOf).join(' ');
    return terms.every((term) => text.includes(term) || (isPhoneLike(term) && phoneDigits.includes(digitsOf(term))));
  };
}

const digitsOf = (text: string) => text.replace(/\D/g, '');
/** "(415) 555-01" or "0151": digits a rep types for a number stored as +14155550123. */
const isPhoneLike = (term: string) => /^[\d\s()+.-]+$/.test(term) && digitsOf(term).length >= 3;

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
  if (sort === 'score') return (a, b) => b.score - a.score || byDue(a, b);
  return byDue;
}

function pageOf(leads: Lead[], sort: LeadSort, limit: number): LeadPage {
  return { leads: leads.sort(compareLeads(sort)).slice(0, limit), hasMore: leads.length > limit };
}

/** Union of prefix matches on the name, last name, company, email and phone indices. */
async function searchCandidates(db: LeadClipDb, term: string, callingCode?: string): Promise<Lead[]> {
  const digits = digitsOf(term);
  const phonePrefixes = isPhoneLike(term) ? [`+${digits}`, ...(callingCode ? [`+${callingCode}${digits.replace(/^0/, '')}`] : [])] : [];
  const keyLists = await Promise.all([
    db.leads.where('fullName').startsWithIgnoreCase(term).limit(SEARCH_CAP).primaryKeys(),
    db.leads.where('lastName').startsWithIgnoreCase(term).limit(SEARCH_CAP).primaryKeys(),
    db.leads.where('company.name').startsWithIgnoreCase(term).limit(SEARCH_CAP).primaryKeys(),
    db.leads.where('emails').startsWith(term).limit(SEARCH_CAP).primaryKeys(),
    ...phonePrefixes.map((prefix) => db.leads.where('phones').startsWith(prefix).limit(SEARCH_CAP).primaryKeys()),
  ]);
  const ids = [...new Set(keyLists.flat())];
  return (await db.leads.bulkGet(ids)).filter((lead): lead is Lead => lead !== undefined);
}

type RangeFactory = () => Collection<Lead, string>;

/** The index range each set filter selects. Factories, not collections: Dexie's anyOf() keeps
 *  cursor state, so a clone() that has been counted returns a partial result when read again. */
function filterRanges(db: LeadClipDb, filters: LeadFilters, now: number): RangeFactory[] {
  const ranges: RangeFactory[] = [];
  if (filters.stages.length) ranges.push(() => db.leads.where('stage').anyOf(filters.stages));
  if (filters.tiers.length) ranges.push(() => db.leads.where('tier').anyOf(filters.tiers));
  if (filters.channels.length) ranges.push(() => db.leads.where('source.channel').anyOf(filters.channels));
  if (filters.owner !== null) ranges.push(() => db.leads.where('owner').equals(filters.owner!));
  if (filters.due === 'overdue') ranges.push(() => db.leads.where('nextDueAt').below(now));
  if (filters.due === 'due') ranges.push(() => db.leads.where('nextDueAt').aboveOrEqual(now));
  return ranges;
}

/** The smallest range, when it is small enough to load whole and sort in memory. */
async function smallestRange(ranges: RangeFactory[]): Promise<Collection<Lead, string> | null> {
  const counts: number[] = [];
  for (const range of ranges) counts.push(await range().count());
  const smallest = counts.indexOf(Math.min(...counts));
  return counts[smallest]! <= IN_MEMORY_MAX ? ranges[smallest]!() : null;
}

/** Walks the sort's own index and stops after `limit + 1` matches: cheap for broad filters. */
async function scanInOrder(db: LeadClipDb, sort: LeadSort, matches: (lead: Lead) => boolean, limit: number): Promise<LeadPage> {
  const wanted = limit + 1;
  let leads: Lead[];
  if (sort === 'newest') leads = await db.leads.orderBy('createdAt').reverse().filter(matches).limit(wanted).toArray();
  else if (sort === 'score') leads = await db.leads.orderBy('score').reverse().filter(matches).limit(wanted).toArray();
  else {
    // IndexedDB leaves null keys out of an index: leads with nothing due come after, newest first.
    leads = await db.leads.orderBy('nextDueAt').filter(matches).limit(wanted).toArray();
    if (leads.length < wanted) {
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
