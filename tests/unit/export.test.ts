import { CSV_PRESETS, type CsvPreset, LEAD_COLUMNS, leadsToCsv, matchesSegment, readSegment, segmentFacts } from '@/lib/export';

/** The raw cells of a CSV as a spreadsheet receives them (apostrophes kept, quotes undone). */
const parseCsvRows = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].slice(0, -1).map(([, cell]) => (cell!.startsWith('"') ? cell!.slice(1, -1).replaceAll('""', '"') : cell!)));
import { Lead, type LeadSegment } from '@/lib/schema';
import { freshDatabase } from '../helpers/db';
import { makeLead } from '../helpers/dataset';

const NOW = Date.UTC(2026, 10, 22);
const DAY = 86_400_000;

describe('CSV export', () => {
  it('has a column for every stored lead field', () => {
    const nested = { company: ['name', 'domain', 'website'], budget: ['amount', 'currency'], source: Object.keys(Lead.shape.source.shape), consent: Object.keys(Lead.shape.consent.shape) };
    // phoneDigits is derived by the database from phones, not a field of its own.
    const fields = Object.keys(Lead.shape)
      .filter((key) => key !== 'phoneDigits')
      .flatMap((key) => (key in nested ? nested[key as keyof typeof nested].map((part) => `${key}.${part}`) : [key]));
    expect(LEAD_COLUMNS.map((column) => column.key).sort()).toStrictEqual(fields.sort());
  });

  it('names its columns as a rep would, never by field key', () => {
    for (const preset of Object.values(CSV_PRESETS)) {
      for (const { header } of preset.columns) expect(header).toMatch(/^[A-Z][A-Za-z /-]+$/);
    }
  });

  it('writes phones intact for CRMs and sheets, and still guards formulas, in every preset', () => {
    const lead = makeLead({
      id: 'x2', fullName: '@SUM(1+1)*cmd|"/C calc"!A0', firstName: '=HYPERLINK("http://evil")', lastName: 'Okafor', emails: ['tom@okafor.example'],
      phones: ['+447700900123', '020 7946 0018'], stage: 'qualified', tier: 'sql', company: { name: null, domain: null, website: null },
    });
    const rows = (preset: CsvPreset) => parseCsvRows(leadsToCsv([lead], preset));
    expect(rows('hubspot')).toStrictEqual([
      ['First Name', 'Last Name', 'Email', 'Phone Number', 'Job Title', 'Company Name', 'Website URL', 'Lifecycle Stage', 'Message', 'Create Date'],
      [`'=HYPERLINK("http://evil")`, 'Okafor', 'tom@okafor.example', '+447700900123', 'Buyer', '', '', 'salesqualifiedlead', '', rows('hubspot')[1]![9]],
    ]);
    expect(rows('salesforce')[0]).toStrictEqual(['First Name', 'Last Name', 'Company', 'Title', 'Email', 'Phone', 'Website', 'Lead Source', 'Lead Status', 'Rating', 'Description']);
    expect(rows('salesforce')[1]!.slice(0, 10)).toStrictEqual([`'=HYPERLINK("http://evil")`, 'Okafor', 'Not provided', 'Buyer', 'tom@okafor.example', '+447700900123', '', 'Other', 'Working - Contacted', 'Hot']);
    expect(rows('pipedrive')[1]!.slice(1, 4)).toStrictEqual([`'@SUM(1+1)*cmd|"/C calc"!A0`, 'tom@okafor.example', '+447700900123']);
    const own = rows('leadclip');
    expect(own[1]![own[0]!.indexOf('Phones')]).toBe('+447700900123; 020 7946 0018');
  });

  it('writes one neutralised, quoted row per lead', () => {
    const lead = makeLead({ id: 'x1', fullName: '=cmd|" /C calc"!A0', emails: ['a@b.example', 'c@d.example'], tags: ['vip', 'q4'], createdAt: NOW });
    const [header, row] = leadsToCsv([lead]).replace(/^\uFEFF/, '').split('\r\n');
    expect(header!.split(',').slice(0, 4)).toStrictEqual(['LeadClip ID', 'Created', 'Last updated', 'Full name']);
    expect(row!.startsWith(`x1,2026-11-22T00:00:00.000Z,2026-11-22T00:00:00.000Z,"'=cmd|"" /C calc""!A0",Ana,Souza,Buyer,Acme,acme.example,https://acme.example,a@b.example; c@d.example,`)).toBe(true);
  });
});

describe('segments', () => {
  const LOST_90_BUDGET: LeadSegment = { name: 'Lost in the last 90 days, budget yes', stages: ['lost'], channels: [], withinDays: 90, budgetYes: true };

  it('selects "lost in the last 90 days, budget yes" for remarketing', async () => {
    const db = freshDatabase();
    await db.leads.bulkPut([
      makeLead({ id: 'recent-budget', stage: 'lost', createdAt: NOW - 200 * DAY, budget: { amount: 5000, currency: 'USD' } }),
      makeLead({ id: 'recent-checklist', stage: 'lost', createdAt: NOW - 200 * DAY }),
      makeLead({ id: 'recent-no-budget', stage: 'lost', createdAt: NOW - 200 * DAY }),
      makeLead({ id: 'old-budget', stage: 'lost', createdAt: NOW - 200 * DAY, budget: { amount: 1, currency: 'USD' } }),
      makeLead({ id: 'won-budget', stage: 'won', createdAt: NOW - 10 * DAY, budget: { amount: 1, currency: 'USD' } }),
    ]);
    const lostAt = (leadId: string, days: number) => ({ id: `lost-${leadId}`, leadId, at: NOW - days * DAY, type: 'stage_changed' as const, from: 'qualifying' as const, to: 'lost' as const });
    await db.activities.bulkPut([lostAt('recent-budget', 10), lostAt('recent-checklist', 89), lostAt('recent-no-budget', 5), lostAt('old-budget', 120)]);
    await db.templates.put({ id: 'bant', name: 'BANT', isDefault: true, updatedAt: 1, items: [{ id: 'has-budget', question: 'Budget approved?', dimension: 'budget', weight: 25, requiredForHandoff: true }] });
    await db.checklists.bulkPut([
      { leadId: 'recent-checklist', templateId: 'bant', updatedAt: 1, answers: { 'has-budget': { value: 'yes', note: null, answeredAt: 1 } } },
      { leadId: 'recent-no-budget', templateId: 'bant', updatedAt: 1, answers: { 'has-budget': { value: 'no', note: null, answeredAt: 1 } } },
    ]);
    const ids = (await readSegment(db, LOST_90_BUDGET, NOW)).map((lead) => lead.id).sort();
    expect(ids).toStrictEqual(['recent-budget', 'recent-checklist']);
  });

  it('matches any stage and channel when none is ticked', () => {
    const facts = segmentFacts([], [], []);
    const everyone: LeadSegment = { name: 'All', stages: [], channels: [], withinDays: null, budgetYes: false };
    expect(matchesSegment(makeLead({ id: 'a' }), everyone, facts, NOW)).toBe(true);
    expect(matchesSegment(makeLead({ id: 'a' }), { ...everyone, channels: ['web'] }, facts, NOW)).toBe(false);
  });
});
