// The product's own lead-list query (lib/queries/leads.ts, queryLeadPage) timed in an extension
// page over the seeded 100,000 leads: the first page (100 rows, as components/LeadList.tsx asks
// for) under several filter and sort combinations, and search-as-you-type keystroke by keystroke.
import { openDatabase } from '@/lib/db';
import { DEFAULT_QUERY, type LeadQuery, NO_FILTERS, queryLeadPage } from '@/lib/queries/leads';

const PAGE = 100;

/** Filtered and sorted first pages a rep opens the list with (DESIGN.md §7 "filtered and sorted"). */
export const LIST_QUERIES: Record<string, LeadQuery> = {
  'open (the default), by urgency': DEFAULT_QUERY,
  'all, by urgency': { search: '', filters: NO_FILTERS, sort: 'urgency' },
  'stage contacted, by urgency': { search: '', filters: { ...NO_FILTERS, stages: ['contacted'] }, sort: 'urgency' },
  'channel email, newest first': { search: '', filters: { ...NO_FILTERS, channels: ['email'] }, sort: 'newest' },
  'overdue, by urgency': { search: '', filters: { ...NO_FILTERS, due: 'overdue' }, sort: 'urgency' },
  'all, by score': { search: '', filters: NO_FILTERS, sort: 'score' },
};

/** What a rep types into the search box, one keystroke at a time. */
// A number in E.164 and as reps type it; both read the digits index (schema v9).
export const TYPED = ['Priya Raman', 'northwind', '+1415555', '(415) 555-01'];

async function timed<T>(run: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await run();
  return [performance.now() - start, result];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function measureListQueries(now: number, runs = 7) {
  const db = openDatabase();
  await db.open();
  try {
    const pages: Array<{ label: string; ms: number; rows: number }> = [];
    for (const [label, query] of Object.entries(LIST_QUERIES)) {
      const times: number[] = [];
      let rows = 0;
      await queryLeadPage(db, query, PAGE, { now });
      for (let i = 0; i < runs; i++) {
        const [ms, page] = await timed(() => queryLeadPage(db, query, PAGE, { now }));
        times.push(ms);
        rows = page.leads.length;
      }
      pages.push({ label, ms: median(times), rows });
    }
    // Each keystroke's time is the median of three typings of the phrase (GC pauses aside).
    const keystrokes: Array<{ text: string; ms: number; rows: number }> = [];
    for (const phrase of TYPED) {
      for (let n = 1; n <= phrase.length; n++) {
        const search = phrase.slice(0, n);
        const times: number[] = [];
        let rows = 0;
        for (let typing = 0; typing < 3; typing++) {
          const [ms, page] = await timed(() => queryLeadPage(db, { ...DEFAULT_QUERY, search }, PAGE, { now }));
          times.push(ms);
          rows = page.leads.length;
        }
        keystrokes.push({ text: search, ms: median(times), rows });
      }
    }
    return { pages, keystrokes };
  } finally {
    db.close();
  }
}
