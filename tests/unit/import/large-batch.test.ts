// One batch (up to 5,000 rows) is prepared in full, then written in one transaction. Dedup must
// see every earlier row of the batch, however far back, as well as stored leads.
import { importCsvIntoDatabase } from '@/lib/import/run';
import { eraseLeads } from '@/lib/store/erase';
import { freshDatabase } from '../../helpers/db';

const NOW = Date.UTC(2026, 10, 22, 9);

/** 1,200 people, each with their own address. */
const people = Array.from({ length: 1200 }, (_, index) => `Lead ${index + 1},lead${index + 1}@acme.example,,`);

describe('a large batch', () => {
  it('merges a row into a lead created 1,200 rows earlier in the same batch, and into a stored lead', async () => {
    const db = freshDatabase();
    await importCsvIntoDatabase(db, 'Name,Email\nZed Stone,zed@acme.example\n', { now: NOW });
    const text = ['Name,Email,Company,Title', ...people, 'Lead 1,LEAD1@acme.example,Acme Two,', 'Zed Stone,zed@acme.example,,CFO'].join('\n');

    const report = await importCsvIntoDatabase(db, text, { now: NOW + 1000 });

    expect(report).toStrictEqual({ created: 1200, merged: 2, unchanged: 0, problems: [], cancelled: false });
    expect(await db.leads.count()).toBe(1201);
    const first = (await db.leads.where('emails').equals('lead1@acme.example').first())!;
    expect([first.fullName, first.company.name, first.title]).toStrictEqual(['Lead 1', 'Acme Two', null]);
    const zed = (await db.leads.where('emails').equals('zed@acme.example').first())!;
    expect([zed.fullName, zed.title, zed.updatedAt]).toStrictEqual(['Zed Stone', 'CFO', NOW + 1000]);
    const merges = (await db.activities.where('type').equals('merged').toArray()).map((activity) =>
      activity.type === 'merged' ? [activity.leadId, activity.filled, activity.before?.title] : null,
    );
    // The stored lead's merge keeps the lead as it was before (for undo); the lead created in this
    // batch had no earlier state to keep.
    expect(merges.sort()).toStrictEqual([[first.id, ['company.name'], undefined], [zed.id, ['title'], null]].sort());

    const again = await importCsvIntoDatabase(db, text, { now: NOW + 2000 });
    expect(again).toStrictEqual({ created: 0, merged: 0, unchanged: 1202, problems: [], cancelled: false });
    expect(await db.leads.count()).toBe(1201);
  });

  it('refuses suppressed people in any chunk and imports the rest of the batch', async () => {
    const db = freshDatabase();
    await importCsvIntoDatabase(db, 'Name,Email\nAna Souza,ana@acme.example\n', { now: NOW });
    const ana = (await db.leads.toArray())[0]!;
    await eraseLeads(db, [ana.id], { suppress: true, now: NOW });
    const text = ['Name,Email,Company,Title', ...people.slice(0, 900), 'Ana Souza,ana@acme.example,,', ...people.slice(900)].join('\n');

    const report = await importCsvIntoDatabase(db, text, { now: NOW + 1000 });

    expect(report).toStrictEqual({ created: 1200, merged: 0, unchanged: 0, problems: [{ row: 902, reason: 'this person is on the suppression list' }], cancelled: false });
    expect(await db.leads.where('emails').equals('ana@acme.example').count()).toBe(0);
    expect(await db.leads.count()).toBe(1200);
  });
});
