import { captureLead } from '@/lib/store/capture';
import { deleteLead, updateLead } from '@/lib/store/leads';
import { CommandError } from '@/lib/store/errors';
import { Lead } from '@/lib/schema';
import { freshDatabase, snapshot } from '../../helpers/db';
import { gmailDraft } from '../../helpers/fixtures';

const NOW = Date.UTC(2026, 10, 20, 14, 5);

describe('captureLead', () => {
  it('stores a normalized lead with its source, consent and provenance, and a captured activity', async () => {
    const db = freshDatabase();
    const { leadId, created } = await captureLead(db, gmailDraft(), NOW);
    const lead = await db.leads.get(leadId);
    const captureId = lead!.provenance.fullName!.captureId;
    const sourceUrl = 'https://mail.google.com/mail/u/0/?utm_source=newsletter#inbox/FMfcgzQXJWDsKpQ';
    const provenance = { captureId, url: sourceUrl, at: NOW };

    expect(created).toBe(true);
    expect(Lead.parse(lead)).toStrictEqual(lead);
    expect(lead).toStrictEqual({
      id: leadId,
      createdAt: NOW,
      updatedAt: NOW,
      fullName: 'Priya Raman',
      firstName: 'Priya',
      lastName: 'Raman',
      title: 'Head of Operations',
      company: {
        name: 'Northwind Logistics',
        domain: 'northwind-logistics.example',
        website: 'https://www.northwind-logistics.example',
      },
      emails: ['priya.raman@northwind-logistics.example'],
      phones: ['+14155550123'],
      // Search keys the database keeps beside the numbers: E.164 and national digits.
      phoneDigits: ['14155550123', '4155550123'],
      phoneTypes: { '+14155550123': 'mobile' },
      fax: '+14155550199',
      linkedinUrl: null,
      location: 'Oakland, CA',
      interest: 'Pricing for 40 trucks',
      budget: null,
      owner: null,
      tags: [],
      stage: 'new',
      score: 0,
      tier: 'cold',
      source: {
        channel: 'email',
        url: sourceUrl,
        title: 'Pricing for 40 trucks',
        capturedAt: NOW,
        inquiryAt: Date.UTC(2026, 10, 20, 14, 2),
        utm: { utm_source: 'newsletter' },
      },
      consent: { basis: 'none_recorded', recordedAt: null, note: null, noticeSentAt: null },
      provenance: {
        fullName: provenance,
        firstName: provenance,
        lastName: provenance,
        title: provenance,
        'company.name': provenance,
        'company.domain': provenance,
        'company.website': provenance,
        emails: provenance,
        phones: provenance,
        location: provenance,
        interest: provenance,
      },
      nextDueAt: null,
      firstContactAt: null,
    });
    expect(await db.activities.where('leadId').equals(leadId).toArray()).toStrictEqual([
      { id: expect.any(String), leadId, at: NOW, type: 'captured', channel: 'email', url: sourceUrl },
    ]);
  });

  it('uses the capture time when the inquiry time is unknown', async () => {
    const db = freshDatabase();
    const { leadId } = await captureLead(db, gmailDraft({ inquiryAt: null }), NOW);
    expect((await db.leads.get(leadId))!.source.inquiryAt).toBe(NOW);
  });

  it('refuses a draft with nothing to identify the person, and writes nothing', async () => {
    const db = freshDatabase();
    const empty = gmailDraft({ fullName: null, emails: [], phones: [], linkedinUrl: null });
    await expect(captureLead(db, empty, NOW)).rejects.toThrow(CommandError);
    expect(await db.leads.count()).toBe(0);
    expect(await db.activities.count()).toBe(0);
  });
});

describe('updateLead', () => {
  it('applies the patch, splits a new full name and records which fields changed', async () => {
    const db = freshDatabase();
    const { leadId } = await captureLead(db, gmailDraft(), NOW);
    const updated = await updateLead(db, leadId, { fullName: 'Priya K. Raman', company: { name: 'Northwind' } }, NOW + 1000);
    expect(updated).toMatchObject({
      fullName: 'Priya K. Raman',
      firstName: 'Priya',
      lastName: 'K. Raman',
      company: { name: 'Northwind', domain: 'northwind-logistics.example' },
      updatedAt: NOW + 1000,
    });
    expect(await db.leads.get(leadId)).toStrictEqual(updated);
    const activity = await db.activities.where('type').equals('updated').first();
    expect(activity).toMatchObject({ leadId, fields: ['fullName', 'company'] });
  });

  it('fails with not_found for an unknown lead', async () => {
    const db = freshDatabase();
    await expect(updateLead(db, 'missing', { title: 'CEO' }, NOW)).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('deleteLead', () => {
  it('erases the lead and every record that refers to it, and leaves other leads alone', async () => {
    const db = freshDatabase();
    const { leadId } = await captureLead(db, gmailDraft(), NOW);
    const other = await captureLead(db, gmailDraft({ fullName: 'Tom Okafor', emails: ['tom@okafor.example'], phones: [] }), NOW);
    await db.tasks.add({ id: 't1', leadId, kind: 'first_contact', status: 'pending', dueAt: NOW, doneAt: null, notifiedAt: null });
    await db.checklists.add({ leadId, templateId: 'default', answers: {}, updatedAt: NOW });
    await db.handoffs.add({
      id: 'h1', leadId, createdAt: NOW, note: 'n', format: 'text', via: 'copy', to: null,
      result: { ok: true, status: null, error: null },
    });

    expect(await deleteLead(db, leadId)).toBe(true);
    const everything = JSON.stringify(await snapshot(db));
    expect(everything).not.toContain(leadId);
    expect(await db.leads.get(other.leadId)).toBeDefined();
    expect(await deleteLead(db, leadId)).toBe(false);
  });
});
