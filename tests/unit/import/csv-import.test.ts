// CSV import of real-world files: other tools' exports, and files that are broken in the ways
// files get broken. Valid rows land, every bad row is reported with its number and reason.
import { guessMapping } from '@/lib/import/columns';
import { importCsvIntoDatabase, readCsvFile, runImport } from '@/lib/import/run';
import { leadsToCsv } from '@/lib/export';
import { restoreBackupChunk } from '@/lib/import/backup';
import { importRows } from '@/lib/import/write';
import { captureLead } from '@/lib/store/capture';
import { makeLead } from '../../helpers/dataset';
import { gmailDraft } from '../../helpers/fixtures';
import { freshDatabase } from '../../helpers/db';

const NOW = Date.UTC(2026, 10, 22, 9);

const people = async (db: ReturnType<typeof freshDatabase>) =>
  (await db.leads.toArray())
    .map((lead) => [lead.fullName, lead.emails.join(' '), lead.company.name, lead.title])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe('recognising other tools\' exports', () => {
  it('maps HubSpot, Pipedrive, Salesforce and LinkedIn headers', () => {
    expect(guessMapping(['Record ID', 'First Name', 'Last Name', 'Email', 'Phone Number', 'Company Name', 'Job Title', 'Website URL', 'City', 'Country/Region', 'Create Date'])).toStrictEqual(
      [null, 'firstName', 'lastName', 'emails', 'phones', 'company.name', 'title', 'company.website', 'location', 'country', 'source.inquiryAt'],
    );
    expect(guessMapping(['Person - Name', 'Person - Email - Work', 'Person - Phone - Mobile', 'Person - Organization', 'Person - Label'])).toStrictEqual(
      ['fullName', 'emails', 'phones', 'company.name', null],
    );
    expect(guessMapping(['First Name', 'Last Name', 'Title', 'Company / Account', 'Email', 'Mobile', 'Lead Source', 'Lead Status'])).toStrictEqual(
      ['firstName', 'lastName', 'title', 'company.name', 'emails', 'phones', null, null],
    );
    expect(guessMapping(['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'])).toStrictEqual(
      ['firstName', 'lastName', 'linkedinUrl', 'emails', 'company.name', 'title', 'source.inquiryAt'],
    );
  });

  it('imports LinkedIn\'s Connections.csv, skipping the notes above its header', async () => {
    const db = freshDatabase();
    const text = [
      'Notes:',
      '"When exporting your connection data, you may notice that some of the email addresses are missing."',
      '',
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      'Chloé,Dubois,https://www.linkedin.com/in/chloe-dubois,,Fabrikam,Head of Procurement,14 Oct 2026',
      'Jonas,Weber,https://www.linkedin.com/in/jonasweber,jonas@globex.example,Globex,CTO,02 Nov 2026',
    ].join('\n');
    const report = await importCsvIntoDatabase(db, text, { now: NOW });
    expect(report).toStrictEqual({ created: 2, merged: 0, unchanged: 0, problems: [], cancelled: false });
    const chloe = (await db.leads.where('linkedinUrl').equals('https://www.linkedin.com/in/chloe-dubois/').first())!;
    expect([chloe.fullName, chloe.firstName, chloe.lastName, chloe.company.name, chloe.title, chloe.emails, chloe.source.channel]).toStrictEqual(
      ['Chloé Dubois', 'Chloé', 'Dubois', 'Fabrikam', 'Head of Procurement', [], 'other'],
    );
    expect(new Date(chloe.source.inquiryAt).getDate()).toBe(14);
  });
});

describe('malformed files', () => {
  it('reads a semicolon file from a European Excel (the "wrong" delimiter)', async () => {
    const db = freshDatabase();
    const report = await importCsvIntoDatabase(db, '\uFEFFName;Email;Company\r\nZoë Ñúñez;zoe@acme.example;Acme, Inc.\r\n', { now: NOW });
    expect(report.created).toBe(1);
    expect(await people(db)).toStrictEqual([['Zoë Ñúñez', 'zoe@acme.example', 'Acme, Inc.', null]]);
  });

  it('refuses rows that do not line up with the header', async () => {
    const db = freshDatabase();
    const text = 'Name,Email\nAna Souza,ana@acme.example\nBo Kim;bo@acme.example\nCy Lee,cy@acme.example,extra\n';
    const report = await importCsvIntoDatabase(db, text, { now: NOW });
    expect(report).toStrictEqual({
      created: 1, merged: 0, unchanged: 0, cancelled: false,
      problems: [
        { row: 3, reason: 'has 1 field but the header has 2 (wrong delimiter, or a stray quote?)' },
        { row: 4, reason: 'has 3 fields but the header has 2 (wrong delimiter, or a stray quote?)' },
      ],
    });
  });

  it('says so when no header is recognised, and imports nothing', async () => {
    const db = freshDatabase();
    const report = await importCsvIntoDatabase(db, 'Ana Souza,ana@acme.example\nBo Kim,bo@acme.example\n', { now: NOW });
    expect(report.created).toBe(0);
    expect(report.problems[0]).toStrictEqual({ row: 1, reason: 'no column is recognised: check the header row and the mapping' });
    expect(report.problems.slice(1)).toStrictEqual([{ row: 2, reason: 'no name, email, phone or LinkedIn URL' }]);
    expect(await db.leads.count()).toBe(0);
  });

  it('skips broken quotes, bad emails, bad dates and empty rows with their row numbers; imports the rest', async () => {
    const db = freshDatabase();
    const text = [
      'Full Name,Email,Phone,Created Date,Website',
      'Ana Souza,ana@acme.example,+14155550100,2026-11-01,acme.example',
      '"Bo "Bobby" Kim",bo@acme.example,,2026-11-02,',
      'Cy Lee,cy(at)acme.example,,2026-11-03,',
      'Dee Park,dee@acme.example; not-an-email,,2026-11-04,',
      'Eve Stone,eve@acme.example,,yesterday-ish,',
      ',,,,',
      'Finn Roe,finn@acme.example,,2026-11-06,javascript:alert(1)',
      'Gus Hale,GUS@Acme.Example,,2026-11-07,',
    ].join('\n');
    const report = await importCsvIntoDatabase(db, text, { now: NOW });
    expect(report).toStrictEqual({
      created: 2, merged: 0, unchanged: 0, cancelled: false,
      problems: [
        { row: 3, reason: 'text follows a closing quote (a stray " inside a field)' },
        { row: 4, reason: '"cy(at)acme.example" is not an email address.' },
        { row: 5, reason: '"not-an-email" is not an email address.' },
        { row: 6, reason: 'Inquiry received: "yesterday-ish" is not a date.' },
        { row: 7, reason: 'no name, email, phone or LinkedIn URL' },
        { row: 8, reason: '"javascript:alert(1)" is not a web address.' },
      ],
    });
    expect(await people(db)).toStrictEqual([
      ['Ana Souza', 'ana@acme.example', null, null],
      ['Gus Hale', 'gus@acme.example', null, null],
    ]);
    const ana = (await db.leads.where('emails').equals('ana@acme.example').first())!;
    expect([ana.phones, ana.company.website, ana.source.inquiryAt]).toStrictEqual([['+14155550100'], 'https://acme.example', Date.parse('2026-11-01')]);
  });

  it('merges rows that match an existing lead as a capture would: fills empty fields, keeps disagreements as conflicts', async () => {
    const db = freshDatabase();
    await importCsvIntoDatabase(db, 'Name,Email,Title\nAna Souza,ana@acme.example,Buyer\n', { now: NOW });
    const report = await importCsvIntoDatabase(db, 'Name,Email,Title,Company\nAna S.,ANA@acme.example,CTO,Acme\nAna Souza,ana@acme.example,Buyer,Acme\n', { now: NOW + 1 });
    expect(report).toStrictEqual({ created: 0, merged: 1, unchanged: 1, problems: [], cancelled: false });
    const [ana] = await db.leads.toArray();
    expect([ana!.fullName, ana!.title, ana!.company.name]).toStrictEqual(['Ana Souza', 'Buyer', 'Acme']);
    const merged = await db.activities.where('type').equals('merged').toArray();
    expect(merged.map((a) => a.type === 'merged' && [a.filled, a.conflicts])).toStrictEqual([
      [['company.name'], [{ field: 'fullName', kept: 'Ana Souza', incoming: 'Ana S.' }, { field: 'title', kept: 'Buyer', incoming: 'CTO' }]],
    ]);
  });

  it('still finds duplicates written between imports by a capture or a backup restore', async () => {
    const db = freshDatabase();
    await importCsvIntoDatabase(db, 'Name,Email\nAna Souza,ana@acme.example\n', { now: NOW });
    await captureLead(db, gmailDraft({ fullName: 'Bo Kim', emails: ['bo@acme.example'], phones: [] }), NOW + 1000);
    const old = makeLead({ id: 'restored-1', fullName: 'Cy Lee', firstName: 'Cy', lastName: 'Lee', emails: ['cy@acme.example'], createdAt: NOW - 400 * 86_400_000 });
    await restoreBackupChunk(db, { leads: [old], activities: [], tasks: [], checklists: [], handoffs: [], templates: [], settings: [], suppressions: [] });

    const report = await importCsvIntoDatabase(db, 'Name,Email\nBo Kim,bo@acme.example\nCy Lee,cy@acme.example\nAna Souza,ana@acme.example\n', { now: NOW + 2000 });
    expect(report).toStrictEqual({ created: 0, merged: 0, unchanged: 3, problems: [], cancelled: false });
    const csv = leadsToCsv([old]);
    expect(await importCsvIntoDatabase(db, csv, { now: NOW + 3000 })).toStrictEqual({ created: 0, merged: 0, unchanged: 1, problems: [], cancelled: false });
    expect(await db.leads.count()).toBe(3);
  });

  it('rejects a row the background cannot validate without touching the other rows of its batch', async () => {
    const db = freshDatabase();
    const outcome = await importRows(db, [{ row: 2, draft: { fullName: 'Nobody' }, extra: {} }], NOW);
    expect(outcome.created).toBe(0);
    expect(outcome.problems).toHaveLength(1);
    expect(outcome.problems[0]!.row).toBe(2);
    expect(outcome.problems[0]!.reason).toBe('Job title is missing.; Company is missing.; Email is missing.; Phone is missing.; Website is missing.; LinkedIn URL is missing.; Location is missing.; Channel is not one of the choices.; Source page is missing.; Source title is missing.; Inquiry received is missing.; Interest is missing.');
  });

  it('imports a 10 MB file in batches with progress, and stops cleanly when cancelled', async () => {
    const db = freshDatabase();
    const lines = ['Name,Email,Company,Notes'];
    const filler = 'Interested in a fleet quote; wants a call back next week about volume pricing. '.repeat(5);
    let rows = 0;
    let size = lines[0]!.length;
    // Whole thousands of rows, so that every thousandth (bad) row is counted exactly.
    while (size < 10 * 1024 * 1024 || rows % 1000 !== 0) {
      rows += 1;
      const line = rows % 1000 === 0 ? `Bad Row ${rows},bad-email-${rows},Acme,x` : `Lead ${rows},lead${rows}@acme.example,Acme,"${filler}"`;
      lines.push(line);
      size += line.length + 1;
    }
    const text = lines.join('\n');
    expect(text.length).toBeGreaterThanOrEqual(10 * 1024 * 1024);
    const file = readCsvFile(text);
    const progress: number[] = [];
    const controller = new AbortController();
    const cancelled = await runImport(file, file.mapping, (batch) => importRows(db, batch, NOW), {
      now: NOW,
      batchSize: 5000,
      signal: controller.signal,
      onProgress: ({ done }) => {
        progress.push(done);
        if (done >= 10_000) controller.abort();
      },
    });
    expect(progress).toStrictEqual([5000, 10_000]);
    expect(cancelled.cancelled).toBe(true);
    expect(await db.leads.count()).toBe(10_000 - 10);

    const report = await runImport(file, file.mapping, (batch) => importRows(db, batch, NOW), { now: NOW, batchSize: 5000 });
    const bad = Math.floor(rows / 1000);
    expect(report.created).toBe(rows - bad - (10_000 - 10));
    expect(report.unchanged).toBe(10_000 - 10);
    expect(report.problems).toHaveLength(bad);
    expect(report.problems[0]).toStrictEqual({ row: 1001, reason: '"bad-email-1000" is not an email address.' });
    expect(await db.leads.count()).toBe(rows - bad);
  }, 120_000);
});

describe('rows as reps and CRMs write them', () => {
  it('reads each row\'s phones in its own country and money in the writer\'s locale', async () => {
    const db = freshDatabase();
    const csv = [
      'First Name,Last Name,Phone Number,Country/Region,Budget,Budget currency',
      'Ada,Lovelace,020 7946 0018,United Kingdom,"48.000,50",EUR',
      'Tom,Okafor,(415) 555-0123,,"48,000",USD',
      'Lena,Brandt,030 123456,DE,48 000 €,',
      'Zed,Nowhere,123,Atlantis,,',
    ].join('\n');
    const report = await importCsvIntoDatabase(db, csv, { now: NOW });
    expect(report).toStrictEqual({
      created: 3, merged: 0, unchanged: 0, cancelled: false,
      problems: [{ row: 5, reason: '"Atlantis" is not a country LeadClip knows; write its name in English or its two-letter code.' }],
    });
    const leads = (await db.leads.toArray()).sort((a, b) => a.fullName!.localeCompare(b.fullName!));
    expect(leads.map((lead) => [lead.fullName, lead.phones, lead.location, lead.budget])).toStrictEqual([
      ['Ada Lovelace', ['+442079460018'], 'United Kingdom', { amount: 48000.5, currency: 'EUR' }],
      ['Lena Brandt', ['+4930123456'], 'DE', { amount: 48000, currency: 'EUR' }],
      ['Tom Okafor', ['+14155550123'], null, { amount: 48000, currency: 'USD' }],
    ]);
  });

  it('reads back its own CSV and each CRM preset by their column names', async () => {
    const lead = makeLead({ id: 'p1', fullName: 'Priya Raman', firstName: 'Priya', lastName: 'Raman', emails: ['priya@northwind.example'], phones: ['+14155550123'] });
    for (const preset of ['leadclip', 'hubspot', 'pipedrive', 'salesforce'] as const) {
      const db = freshDatabase();
      const report = await importCsvIntoDatabase(db, leadsToCsv([lead], preset), { now: NOW });
      expect([preset, report.created, report.problems]).toStrictEqual([preset, 1, []]);
      const [stored] = await db.leads.toArray();
      expect([preset, stored!.fullName, stored!.emails, stored!.phones]).toStrictEqual([preset, 'Priya Raman', ['priya@northwind.example'], ['+14155550123']]);
    }
  });
});
