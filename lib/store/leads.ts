// Writes to leads. Only the background calls these (DESIGN.md §1: one writer); each runs in one
// Dexie transaction so a lead never exists without its activity.
import type { LeadClipDb } from '../db';
import { newId } from '../ids';
import { domainOf, normalizeEmail, splitName, websiteOrigin } from '../normalize';
import type { Activity, Lead, LeadDraft, LeadField, LeadPatch, Provenance } from '../schema';
import { CommandError } from './errors';

export interface CaptureResult {
  leadId: string;
  created: boolean;
}

export function hasContent(draft: LeadDraft): boolean {
  return Boolean(draft.fullName || draft.emails.length || draft.phones.length || draft.linkedinUrl);
}

/** Builds a new lead from a capture draft; the draft is assumed validated. */
export function leadFromDraft(draft: LeadDraft, at: { id: string; captureId: string; now: number }): Lead {
  const emails = [...new Set(draft.emails.map(normalizeEmail).filter((e): e is string => e !== null))];
  const contactPhones = draft.phones.filter((phone) => phone.type !== 'fax');
  const website = websiteOrigin(draft.website);
  const provenance: Provenance = { captureId: at.captureId, url: draft.sourceUrl, at: at.now };
  const lead: Lead = {
    id: at.id,
    createdAt: at.now,
    updatedAt: at.now,
    fullName: draft.fullName,
    ...splitName(draft.fullName),
    title: draft.title,
    company: { name: draft.company, domain: domainOf(website), website },
    emails,
    phones: [...new Set(contactPhones.map((phone) => phone.number))],
    phoneTypes: Object.fromEntries(contactPhones.map((phone) => [phone.number, phone.type])),
    fax: draft.phones.find((phone) => phone.type === 'fax')?.number ?? null,
    linkedinUrl: draft.linkedinUrl,
    location: draft.location,
    interest: draft.interest,
    budget: null,
    owner: null,
    tags: [],
    stage: 'new',
    score: 0,
    tier: 'cold',
    source: {
      channel: draft.channel,
      url: draft.sourceUrl,
      title: draft.sourceTitle,
      capturedAt: at.now,
      inquiryAt: draft.inquiryAt ?? at.now,
      utm: utmOf(draft.sourceUrl),
    },
    consent: { basis: 'none_recorded', recordedAt: null, note: null, noticeSentAt: null },
    provenance: {},
    nextDueAt: null,
    firstContactAt: null,
  };
  lead.provenance = Object.fromEntries(filledFields(lead).map((field) => [field, provenance]));
  return lead;
}

export function filledFields(lead: Lead): LeadField[] {
  const values: Record<LeadField, unknown> = {
    fullName: lead.fullName,
    firstName: lead.firstName,
    lastName: lead.lastName,
    title: lead.title,
    'company.name': lead.company.name,
    'company.domain': lead.company.domain,
    'company.website': lead.company.website,
    emails: lead.emails.length ? lead.emails : null,
    phones: lead.phones.length ? lead.phones : null,
    linkedinUrl: lead.linkedinUrl,
    location: lead.location,
    interest: lead.interest,
  };
  return (Object.keys(values) as LeadField[]).filter((field) => values[field] !== null);
}

function utmOf(url: string | null): Record<string, string> | null {
  if (!url) return null;
  const entries = [...new URL(url).searchParams].filter(([key]) => key.startsWith('utm_'));
  return entries.length ? Object.fromEntries(entries) : null;
}

export async function captureLead(db: LeadClipDb, draft: LeadDraft, now: number): Promise<CaptureResult> {
  if (!hasContent(draft)) {
    throw new CommandError('empty_capture', 'Nothing to save: no name, email, phone or LinkedIn URL was found.');
  }
  const lead = leadFromDraft(draft, { id: newId(), captureId: newId(), now });
  await db.transaction('rw', db.leads, db.activities, async () => {
    await db.leads.add(lead);
    await db.activities.add({
      id: newId(),
      leadId: lead.id,
      at: now,
      type: 'captured',
      channel: lead.source.channel,
      url: lead.source.url,
    } satisfies Activity);
  });
  return { leadId: lead.id, created: true };
}

export async function updateLead(db: LeadClipDb, id: string, patch: LeadPatch, now: number): Promise<Lead> {
  return db.transaction('rw', db.leads, db.activities, async () => {
    const lead = await db.leads.get(id);
    if (!lead) throw new CommandError('not_found', 'That lead no longer exists.');
    const { company, consent, inquiryAt, ...rest } = patch;
    const updated: Lead = {
      ...lead,
      ...rest,
      company: { ...lead.company, ...company },
      consent: { ...lead.consent, ...consent },
      source: inquiryAt === undefined ? lead.source : { ...lead.source, inquiryAt },
      updatedAt: now,
    };
    if (rest.fullName !== undefined && rest.firstName === undefined && rest.lastName === undefined) {
      Object.assign(updated, splitName(rest.fullName));
    }
    await db.leads.put(updated);
    await db.activities.add({ id: newId(), leadId: id, at: now, type: 'updated', fields: Object.keys(patch) });
    return updated;
  });
}

/** Erases a lead and every record that refers to it. */
export async function deleteLead(db: LeadClipDb, id: string): Promise<boolean> {
  return db.transaction('rw', [db.leads, db.activities, db.tasks, db.checklists, db.handoffs], async () => {
    const existed = (await db.leads.get(id)) !== undefined;
    await db.leads.delete(id);
    await db.activities.where('leadId').equals(id).delete();
    await db.tasks.where('leadId').equals(id).delete();
    await db.checklists.delete(id);
    await db.handoffs.where('leadId').equals(id).delete();
    return existed;
  });
}
