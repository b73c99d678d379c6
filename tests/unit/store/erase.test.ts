// Erasure leaves nothing behind; the suppression list refuses the person at the next capture;
// retention purges only leads nobody has touched.
import { createRouter } from '@/entrypoints/background/router';
import { runRetention } from '@/entrypoints/background/retention';
import { crmRequestFor } from '@/lib/crm/recipe';
import { importCsvIntoDatabase } from '@/lib/import/run';
import { captureLead } from '@/lib/store/capture';
import { saveSettings } from '@/lib/store/settings';
import { SUPPRESSED_MESSAGE } from '@/lib/store/suppression';
import { freshDatabase, snapshot } from '../../helpers/db';
import { generateDataset } from '../../helpers/dataset';
import { gmailDraft } from '../../helpers/fixtures';

const NOW = Date.UTC(2026, 10, 22, 9);
const DAY = 86_400_000;
const EXTENSION = 'chrome-extension://leadclip/';

async function seeded(count = 30) {
  const db = freshDatabase();
  const data = generateDataset(count, { end: NOW });
  await db.leads.bulkAdd(data.leads);
  await db.activities.bulkAdd(data.activities);
  await db.tasks.bulkAdd(data.tasks);
  await db.checklists.bulkAdd(data.checklists);
  await db.handoffs.bulkAdd(data.handoffs);
  const route = createRouter({ db, now: () => NOW, extensionId: 'leadclip', extensionOrigin: EXTENSION });
  const fromPage = (command: string, payload: unknown) =>
    route({ leadclip: 1, command, payload }, { id: 'leadclip', url: `${EXTENSION}options.html` });
  const fromGmail = (command: string, payload: unknown) =>
    route({ leadclip: 1, command, payload }, { id: 'leadclip', url: 'https://mail.google.com/mail/u/0/' });
  return { db, data, fromPage, fromGmail };
}

/** Every record anywhere that mentions `id`, by table. */
async function mentions(db: ReturnType<typeof freshDatabase>, id: string) {
  const all = await snapshot(db);
  return Object.fromEntries(Object.entries(all).map(([table, rows]) => [table, rows.filter((row) => JSON.stringify(row).includes(`"${id}"`)).length]));
}

describe('erase', () => {
  it('erases a selection completely: no record anywhere references the erased leads', async () => {
    const { db, data, fromPage } = await seeded();
    const before = await db.leads.count();
    expect((await mentions(db, 'lead-000000')).activities).toBe(5);
    // A CRM send and lookup of the lead (issue 14) hold the person's details too.
    const request = crmRequestFor(data.leads.find((lead) => lead.id === 'lead-000000')!, 'Handoff', 'text', { ownerId: null, pipelineId: null, stageId: null });
    await db.crmJobs.put({ id: 'job-1', leadId: 'lead-000000', crm: 'twenty', createdAt: NOW, updatedAt: NOW, status: 'waiting', nextAttemptAt: NOW, attempts: 1, lastError: null, request, steps: {}, existingCompanyId: null, differed: [], handoffId: null });
    await db.crmLookups.put({ leadId: 'lead-000000', crm: 'twenty', checkedAt: NOW, person: null });

    const reply = await fromPage('lead.erase', { ids: ['lead-000000', 'lead-000005', 'no-such-lead'], suppress: false });
    expect(reply).toStrictEqual({ ok: true, value: { erased: 2, suppressed: 0 } });
    const none = { leads: 0, activities: 0, tasks: 0, checklists: 0, templates: 0, handoffs: 0, settings: 0, suppressions: 0, leadFacts: 0, crmJobs: 0, crmLookups: 0 };
    expect(await mentions(db, 'lead-000000')).toStrictEqual(none);
    expect(await mentions(db, 'lead-000005')).toStrictEqual(none);
    expect(await db.leads.count()).toBe(before - 2);
    expect((await mentions(db, 'lead-000001')).activities).toBe(5);
  });

  it('accepts erase, import and erase-everything only from LeadClip\'s own pages', async () => {
    const { db, fromGmail } = await seeded(3);
    for (const [command, payload] of [
      ['lead.erase', { ids: ['lead-000000'], suppress: false }],
      ['data.eraseAll', { confirm: 'erase everything' }],
      ['data.import', { rows: [] }],
      ['data.restore', { chunk: {} }],
    ] as const) {
      const reply = await fromGmail(command, payload);
      expect(reply).toStrictEqual({ ok: false, error: { code: 'forbidden', message: "This action is only accepted from LeadClip's own pages.", issues: [] } });
    }
    expect(await db.leads.count()).toBe(3);
  });

  it('erases everything the rep holds about people, keeping settings and the suppression list', async () => {
    const { db, fromPage } = await seeded(10);
    await saveSettings(db, { slaMinutes: 2 });
    const lead3 = (await db.leads.get('lead-000003'))!;
    const suppressed = lead3.emails.length + (lead3.linkedinUrl ? 1 : 0);
    expect(await fromPage('lead.erase', { ids: ['lead-000003'], suppress: true })).toStrictEqual({ ok: true, value: { erased: 1, suppressed } });
    expect(await fromPage('data.eraseAll', { confirm: 'nope' })).toMatchObject({ ok: false, error: { code: 'invalid_message' } });
    expect(await fromPage('data.eraseAll', { confirm: 'erase everything' })).toStrictEqual({ ok: true, value: { erased: 9 } });
    const after = await snapshot(db);
    expect([after.leads, after.activities, after.tasks, after.checklists, after.handoffs]).toStrictEqual([[], [], [], [], []]);
    expect(after.settings).toHaveLength(1);
    expect(after.suppressions).toHaveLength(suppressed);
  });
});

describe('suppression list', () => {
  it('refuses a suppressed person at capture with a clear message, by email or LinkedIn URL, and stores only hashes', async () => {
    const { db, fromPage, fromGmail } = await seeded(0);
    const draft = gmailDraft({ linkedinUrl: 'https://www.linkedin.com/in/priya-raman/' });
    const first = await fromGmail('lead.capture', draft);
    expect(first).toMatchObject({ ok: true, value: { created: true } });
    const leadId = (first as { value: { leadId: string } }).value.leadId;

    expect(await fromPage('lead.erase', { ids: [leadId], suppress: true })).toStrictEqual({ ok: true, value: { erased: 1, suppressed: 2 } });
    const stored = JSON.stringify(await db.suppressions.toArray());
    expect(stored).not.toMatch(/priya/i);

    const refused = { ok: false, error: { code: 'forbidden', message: SUPPRESSED_MESSAGE, issues: [] } };
    expect(await fromGmail('lead.capture', draft)).toStrictEqual(refused);
    // The same person reached another way: email in other case, or only the LinkedIn profile with tracking.
    expect(await fromGmail('lead.capture', gmailDraft({ emails: ['PRIYA.RAMAN@northwind-logistics.example'] }))).toStrictEqual(refused);
    expect(await fromGmail('lead.capture', gmailDraft({ emails: [], linkedinUrl: 'https://linkedin.com/in/Priya-Raman?trk=x' }))).toStrictEqual(refused);
    expect(await db.leads.count()).toBe(0);

    // Someone else is still captured.
    expect(await fromGmail('lead.capture', gmailDraft({ fullName: 'Tom Okafor', emails: ['tom@okafor.example'], phones: [] }))).toMatchObject({ ok: true });

    // An import refuses the suppressed row and says why.
    const report = await importCsvIntoDatabase(db, 'Name,Email\nPriya Raman,priya.raman@northwind-logistics.example\nAna Souza,ana@acme.example\n', { now: NOW });
    expect(report).toStrictEqual({ created: 1, merged: 0, unchanged: 0, cancelled: false, problems: [{ row: 2, reason: 'this person is on the suppression list' }] });

    // Taking her off the list lets her be captured again.
    expect(await fromPage('suppression.remove', { emails: ['priya.raman@northwind-logistics.example'], linkedinUrl: 'https://www.linkedin.com/in/priya-raman/' })).toStrictEqual({ ok: true, value: { removed: 2 } });
    expect(await fromGmail('lead.capture', draft)).toMatchObject({ ok: true, value: { created: true } });
  });
});

describe('retention', () => {
  it('purges leads with no activity, edit or pending task for N days, and nothing when retention is off', async () => {
    const db = freshDatabase();
    const old = NOW - 100 * DAY;
    const idle = await captureLead(db, gmailDraft({ fullName: 'Idle Ida', emails: ['ida@x.example'], phones: [] }), old);
    const touched = await captureLead(db, gmailDraft({ fullName: 'Busy Bo', emails: ['bo@x.example'], phones: [] }), old);
    const waiting = await captureLead(db, gmailDraft({ fullName: 'Wait Wu', emails: ['wu@x.example'], phones: [] }), old);
    await db.activities.add({ id: 'recent-note', leadId: touched.leadId, at: NOW - 5 * DAY, type: 'note', text: 'Called back' });
    await db.tasks.add({ id: 'later', leadId: waiting.leadId, kind: 'follow_up', status: 'pending', dueAt: NOW + DAY, doneAt: null, notifiedAt: null });
    const fresh = await captureLead(db, gmailDraft({ fullName: 'New Nia', emails: ['nia@x.example'], phones: [] }), NOW - DAY);

    expect(await runRetention(db, NOW)).toStrictEqual({ erased: 0 });
    await saveSettings(db, { retentionDays: 90 });
    expect(await runRetention(db, NOW)).toStrictEqual({ erased: 1 });
    const left = (await db.leads.toArray()).map((lead) => lead.id).sort();
    expect(left).toStrictEqual([touched.leadId, waiting.leadId, fresh.leadId].sort());
    expect(await db.activities.where('leadId').equals(idle.leadId).count()).toBe(0);
  });
});
