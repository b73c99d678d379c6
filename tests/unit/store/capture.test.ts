import { captureLead, undoCapture } from '@/lib/store/capture';
import { updateLead } from '@/lib/store/leads';
import { saveSettings } from '@/lib/store/settings';
import { Activity, Lead } from '@/lib/schema';
import { freshDatabase, snapshot } from '../../helpers/db';
import { gmailDraft } from '../../helpers/fixtures';

const NOW = Date.UTC(2026, 10, 20, 14, 5);
const LATER = NOW + 60_000;

const linkedInDraft = gmailDraft({
  fullName: 'Priya Raman',
  title: 'VP Operations',
  company: 'Northwind Logistics',
  emails: [],
  phones: [],
  website: null,
  linkedinUrl: 'https://www.linkedin.com/in/priya-raman/',
  location: 'San Francisco Bay Area',
  channel: 'linkedin',
  sourceUrl: 'https://www.linkedin.com/in/priya-raman/',
  sourceTitle: 'Priya Raman | LinkedIn',
  inquiryAt: null,
  interest: null,
});

describe('captureLead', () => {
  it('normalizes phones with the region from settings before saving', async () => {
    const db = freshDatabase();
    await saveSettings(db, { defaultRegion: 'FR' });
    const { leadId } = await captureLead(db, gmailDraft({ phones: [{ number: '06 12 34 56 78', type: 'mobile' }, { number: 'n/a 12', type: 'other' }] }), NOW);
    const lead = await db.leads.get(leadId);
    expect(lead?.phones).toStrictEqual(['+33612345678', 'n/a 12']);
    expect(lead?.phoneTypes).toStrictEqual({ '+33612345678': 'mobile', 'n/a 12': 'other' });
  });

  it('refuses a draft whose only contact is a fax or an invalid address, and writes nothing', async () => {
    const db = freshDatabase();
    const faxOnly = gmailDraft({ fullName: null, emails: ['not-an-email'], phones: [{ number: '+14155550199', type: 'fax' }], linkedinUrl: null });
    await expect(captureLead(db, faxOnly, NOW)).rejects.toMatchObject({ code: 'empty_capture' });
    expect(await snapshot(db)).toMatchObject({ leads: [], activities: [] });
  });

  it('merges a second capture of the same email: fills empty fields, keeps conflicts, records provenance', async () => {
    const db = freshDatabase();
    const first = await captureLead(db, gmailDraft({ title: null, location: null }), NOW);
    const second = await captureLead(
      db,
      gmailDraft({
        fullName: 'Priya Raman-Iyer',
        title: 'Head of Operations',
        location: 'Oakland, CA',
        emails: ['PRIYA.RAMAN@northwind-logistics.example', 'priya@personal.example'],
        phones: [{ number: '(415) 555-0123', type: 'mobile' }],
        sourceUrl: 'https://mail.google.com/mail/u/0/#inbox/second',
      }),
      LATER,
    );
    expect(second).toStrictEqual({
      leadId: first.leadId,
      created: false,
      activityId: expect.any(String),
      filled: ['title', 'location', 'emails'],
      conflicts: [{ field: 'fullName', kept: 'Priya Raman', incoming: 'Priya Raman-Iyer' }],
    });
    const lead = (await db.leads.get(first.leadId))!;
    expect(Lead.parse(lead)).toStrictEqual(lead);
    expect(await db.leads.count()).toBe(1);
    expect(lead).toMatchObject({
      fullName: 'Priya Raman',
      title: 'Head of Operations',
      location: 'Oakland, CA',
      emails: ['priya.raman@northwind-logistics.example', 'priya@personal.example'],
      phones: ['+14155550123'],
      updatedAt: LATER,
    });
    const secondCapture = { captureId: expect.any(String), url: 'https://mail.google.com/mail/u/0/#inbox/second', at: LATER };
    expect(lead.provenance.title).toStrictEqual(secondCapture);
    expect(lead.provenance.location).toStrictEqual(secondCapture);
    expect(lead.provenance.fullName?.at).toBe(NOW);
    const merged = (await db.activities.get(second.activityId!)) as Extract<Activity, { type: 'merged' }>;
    expect(Activity.parse(merged)).toStrictEqual(merged);
    expect(merged).toMatchObject({ type: 'merged', leadId: first.leadId, at: LATER, filled: second.filled, conflicts: second.conflicts });
  });

  it('leaves the lead and its timeline alone when a re-clip brings nothing new', async () => {
    const db = freshDatabase();
    const first = await captureLead(db, gmailDraft(), NOW);
    const before = await snapshot(db);
    const again = await captureLead(db, gmailDraft(), LATER);
    expect(again).toStrictEqual({ leadId: first.leadId, created: false, activityId: null, filled: [], conflicts: [] });
    expect(await snapshot(db)).toStrictEqual(before);
  });

  it('matches by LinkedIn profile, then by phone', async () => {
    const db = freshDatabase();
    const fromLinkedIn = await captureLead(db, linkedInDraft, NOW);
    const again = await captureLead(db, { ...linkedInDraft, linkedinUrl: 'https://www.linkedin.com/in/priya-raman/', title: 'VP Operations' }, LATER);
    expect(again).toMatchObject({ leadId: fromLinkedIn.leadId, created: false, filled: [], conflicts: [] });

    const byPhone = await captureLead(db, gmailDraft({ fullName: 'Tom Okafor', emails: ['tom@okafor.example'], phones: [{ number: '+44 20 7946 0000', type: 'office' }] }), NOW);
    const samePhone = await captureLead(db, gmailDraft({ fullName: 'T. Okafor', emails: [], phones: [{ number: '+442079460000', type: 'mobile' }] }), LATER);
    expect(samePhone).toMatchObject({ leadId: byPhone.leadId, created: false });
    expect(await db.leads.count()).toBe(2);
  });
});

describe('undoCapture', () => {
  it('restores a merged lead exactly as it was and removes the merge from history', async () => {
    const db = freshDatabase();
    const first = await captureLead(db, gmailDraft({ title: null }), NOW);
    const before = await snapshot(db);
    const second = await captureLead(db, gmailDraft({ title: 'Head of Operations', emails: ['priya.raman@northwind-logistics.example', 'p@r.example'] }), LATER);

    expect(await undoCapture(db, second.activityId!, LATER + 1)).toStrictEqual({ leadId: first.leadId, undone: 'restored' });
    const after = await snapshot(db);
    expect(after.activities).toStrictEqual(before.activities);
    expect(after.leads).toStrictEqual([{ ...(before.leads![0] as Lead), updatedAt: LATER + 1 }]);
  });

  it('keeps corrections the rep made after the merge', async () => {
    const db = freshDatabase();
    const first = await captureLead(db, gmailDraft({ title: null }), NOW);
    const second = await captureLead(db, gmailDraft({ title: 'Head of Operations' }), LATER);
    await updateLead(db, first.leadId, { location: 'Berkeley, CA' }, LATER + 1);
    await undoCapture(db, second.activityId!, LATER + 2);
    expect(await db.leads.get(first.leadId)).toMatchObject({ title: null, location: 'Berkeley, CA' });
  });

  it('erases a lead the capture created', async () => {
    const db = freshDatabase();
    const { leadId, activityId } = await captureLead(db, gmailDraft(), NOW);
    expect(await undoCapture(db, activityId!, LATER)).toStrictEqual({ leadId, undone: 'deleted' });
    expect(await snapshot(db)).toMatchObject({ leads: [], activities: [] });
  });

  it('fails with not_found for an unknown or already undone capture', async () => {
    const db = freshDatabase();
    const { activityId } = await captureLead(db, gmailDraft(), NOW);
    await undoCapture(db, activityId!, LATER);
    await expect(undoCapture(db, activityId!, LATER)).rejects.toMatchObject({ code: 'not_found' });
  });
});
