import { liveQuery } from 'dexie';
import { compareLeads, DEFAULT_QUERY, leadMatcher, type LeadQuery, NO_FILTERS, queryLeadPage } from '@/lib/queries/leads';
import type { Lead } from '@/lib/schema';
import { captureLead, leadFromDraft } from '@/lib/store/capture';
import { freshDatabase } from '../../helpers/db';
import { gmailDraft } from '../../helpers/fixtures';

const NOW = Date.UTC(2026, 10, 20, 15, 0);
const MINUTE = 60_000;

function lead(id: string, overrides: Partial<Lead>, draft: Parameters<typeof gmailDraft>[0] = {}): Lead {
  return { ...leadFromDraft(gmailDraft(draft), { id, captureId: id, now: NOW }), ...overrides };
}

async function seeded() {
  const db = freshDatabase();
  await db.leads.bulkPut([
    lead('priya', { createdAt: NOW - 60 * MINUTE, nextDueAt: NOW - 2 * MINUTE, score: 72, tier: 'sql', stage: 'qualified' }),
    lead(
      'tom',
      { createdAt: NOW - 10 * MINUTE, nextDueAt: NOW + 3 * MINUTE, score: 40, tier: 'mql', owner: 'Dana' },
      { fullName: 'Tom Okafor', company: 'Okafor & Sons', emails: ['tom@okafor.example'], phones: [{ number: '+442071234567', type: 'office' }] },
    ),
    lead(
      'lena',
      { createdAt: NOW - 5 * MINUTE, nextDueAt: null, stage: 'nurturing', consent: { basis: 'consent', recordedAt: NOW, note: null, noticeSentAt: null } },
      { fullName: 'Lena Brandt', company: 'Brandt Maschinenbau', emails: ['l.brandt@brandt.example'], phones: [], channel: 'linkedin' },
    ),
    lead(
      'ravi',
      { createdAt: NOW - 30 * MINUTE, nextDueAt: NOW - 20 * MINUTE, score: 12 },
      { fullName: 'Ravi Shah', company: 'Priya Textiles', emails: ['ravi@priyatextiles.example'], phones: [{ number: '+14155550188', type: 'mobile' }] },
    ),
  ]);
  return db;
}

const names = (page: { leads: Lead[] }) => page.leads.map((l) => l.fullName);
const query = (patch: Omit<Partial<LeadQuery>, 'filters'> & { filters?: Partial<LeadQuery['filters']> }): LeadQuery => ({
  ...DEFAULT_QUERY,
  ...patch,
  filters: { ...NO_FILTERS, ...patch.filters },
});

describe('queryLeadPage', () => {
  it('sorts by urgency by default: most overdue first, then soonest due, then nothing due', async () => {
    const db = await seeded();
    const page = await queryLeadPage(db, DEFAULT_QUERY, 10, { now: NOW });
    expect({ names: names(page), hasMore: page.hasMore }).toStrictEqual({
      names: ['Ravi Shah', 'Priya Raman', 'Tom Okafor', 'Lena Brandt'],
      hasMore: false,
    });
    const firstTwo = await queryLeadPage(db, DEFAULT_QUERY, 2, { now: NOW });
    expect({ names: names(firstTwo), hasMore: firstTwo.hasMore }).toStrictEqual({ names: ['Ravi Shah', 'Priya Raman'], hasMore: true });
  });

  it('sorts by newest and by score', async () => {
    const db = await seeded();
    expect(names(await queryLeadPage(db, query({ sort: 'newest' }), 10, { now: NOW }))).toStrictEqual(['Lena Brandt', 'Tom Okafor', 'Ravi Shah', 'Priya Raman']);
    expect(names(await queryLeadPage(db, query({ sort: 'score' }), 10, { now: NOW }))).toStrictEqual(['Priya Raman', 'Tom Okafor', 'Ravi Shah', 'Lena Brandt']);
  });

  it('searches names, last names, companies, emails and phone digits as the rep types', async () => {
    const db = await seeded();
    const search = async (text: string) => names(await queryLeadPage(db, query({ search: text }), 10, { now: NOW }));
    expect(await search('pri')).toStrictEqual(['Ravi Shah', 'Priya Raman']);
    expect(await search('PRIYA RAM')).toStrictEqual(['Priya Raman']);
    expect(await search('okafor')).toStrictEqual(['Tom Okafor']);
    expect(await search('brandt masch')).toStrictEqual(['Lena Brandt']);
    expect(await search('l.brandt@')).toStrictEqual(['Lena Brandt']);
    expect(await search('415 555 0188')).toStrictEqual(['Ravi Shah']);
    expect(await search('+44 20')).toStrictEqual(['Tom Okafor']);
    // However a rep types the number: national with punctuation, bare digits, trunk 0, 00 prefix.
    expect(await search('(415) 555-0188')).toStrictEqual(['Ravi Shah']);
    expect(await search('(415) 555-01')).toStrictEqual(['Ravi Shah', 'Priya Raman']);
    expect(await search('4155550188')).toStrictEqual(['Ravi Shah']);
    expect(await search('+1 415 555 0188')).toStrictEqual(['Ravi Shah']);
    expect(await search('020 7123 4567')).toStrictEqual(['Tom Okafor']);
    expect(await search('0044 20 71')).toStrictEqual(['Tom Okafor']);
    expect(await search('zzz')).toStrictEqual([]);
  });

  it('lets a broad search grow page by page, as the list scrolls, without a fixed cap', async () => {
    const db = freshDatabase();
    await db.leads.bulkPut(
      Array.from({ length: 250 }, (_, i) =>
        lead(`p${i}`, { createdAt: NOW - i * MINUTE, nextDueAt: null }, { fullName: `Priya Test${i}`, emails: [`priya.${i}@example.com`], phones: [] }),
      ),
    );
    const first = await queryLeadPage(db, query({ search: 'priya' }), 100, { now: NOW });
    expect([first.leads.length, first.hasMore]).toStrictEqual([100, true]);
    const third = await queryLeadPage(db, query({ search: 'priya' }), 300, { now: NOW });
    expect([third.leads.length, third.hasMore]).toStrictEqual([250, false]);
  });

  it('filters by stage, tier, channel, owner, due state and missing consent basis', async () => {
    const db = await seeded();
    const filtered = async (filters: Partial<LeadQuery['filters']>) => names(await queryLeadPage(db, query({ filters }), 10, { now: NOW }));
    expect(await filtered({ stages: ['qualified', 'nurturing'] })).toStrictEqual(['Priya Raman', 'Lena Brandt']);
    expect(await filtered({ tiers: ['mql', 'sql'] })).toStrictEqual(['Priya Raman', 'Tom Okafor']);
    expect(await filtered({ channels: ['linkedin'] })).toStrictEqual(['Lena Brandt']);
    expect(await filtered({ owner: 'Dana' })).toStrictEqual(['Tom Okafor']);
    expect(await filtered({ due: 'overdue' })).toStrictEqual(['Ravi Shah', 'Priya Raman']);
    expect(await filtered({ due: 'due' })).toStrictEqual(['Tom Okafor']);
    expect(await filtered({ due: 'none' })).toStrictEqual(['Lena Brandt']);
    expect(await filtered({ noConsentBasis: true })).toStrictEqual(['Ravi Shah', 'Priya Raman', 'Tom Okafor']);
    expect(names(await queryLeadPage(db, query({ search: 'priya', filters: { tiers: ['sql'] } }), 10, { now: NOW }))).toStrictEqual(['Priya Raman']);
  });

  it('plans in memory, by compound index or by scanning, and always returns the same order as a full sort', async () => {
    const db = freshDatabase();
    const many = Array.from({ length: 1_500 }, (_, i) =>
      lead(
        `l${String(i).padStart(5, '0')}`,
        {
          createdAt: NOW - i * MINUTE,
          nextDueAt: i % 3 === 0 ? null : NOW + ((i % 97) - 40) * MINUTE,
          stage: i % 5 === 0 ? 'contacted' : 'new',
          owner: i % 2 ? 'Dana' : null,
          score: i % 101,
        },
        { fullName: `Lead ${i}`, channel: i % 4 ? 'email' : 'linkedin' },
      ),
    );
    await db.leads.bulkPut(many);
    const cases: LeadQuery[] = [
      query({ filters: { stages: ['contacted'] } }), // 300 leads: loaded in memory
      query({ filters: { stages: ['contacted', 'new'] } }), // compound [stage+nextDueAt], both values merged
      query({ sort: 'newest', filters: { owner: 'Dana', channels: ['email'] } }), // compound [owner+createdAt]
      query({ filters: { due: 'due' } }), // a range of the urgency index
      query({ filters: { due: 'none', channels: ['email'] } }), // idle leads, newest first
      query({ sort: 'score', filters: { stages: ['new'] } }), // scan of the score index
    ];
    for (const q of cases) {
      const expected = many.filter(leadMatcher(q, NOW)).sort(compareLeads(q.sort)).slice(0, 60);
      const page = await queryLeadPage(db, q, 60, { now: NOW });
      expect({ q, ids: page.leads.map((l) => l.id), hasMore: page.hasMore }).toStrictEqual({ q, ids: expected.map((l) => l.id), hasMore: true });
    }
    // fake-indexeddb walks cursors slowly: this needs more than the default 5 s on a busy machine.
  }, 60_000);

  it('re-runs inside a live query when a lead is captured, with or without search and filters', async () => {
    const db = await seeded();
    const queries = [DEFAULT_QUERY, query({ filters: { stages: ['new'], channels: ['email'] } }), query({ search: 'maya' })];
    const seen = queries.map(() => [] as (string | null)[][]);
    const subscriptions = queries.map((q, i) => liveQuery(() => queryLeadPage(db, q, 10, { now: NOW })).subscribe((page) => seen[i]!.push(names(page))));
    await vi.waitFor(() => expect(seen.every((runs) => runs.length === 1)).toBe(true));
    await captureLead(db, gmailDraft({ fullName: 'Maya Chen', emails: ['maya@chen.example'], phones: [] }), NOW);
    await vi.waitFor(() => expect(seen.map((runs) => runs.at(-1)!.includes('Maya Chen'))).toStrictEqual([true, true, true]));
    subscriptions.forEach((subscription) => subscription.unsubscribe());
  });
});
