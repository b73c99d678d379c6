// Capture: a draft from an extractor becomes a new lead, or merges into the lead it duplicates
// (same email, LinkedIn URL or phone: DESIGN.md §3 "Dedup"). Only the background calls this; each
// capture is one Dexie transaction, so a lead never exists without its activity.
import type { LeadClipDb } from '../db';
import { newId } from '../ids';
import { normalizeDraft, splitName, websiteAndDomain } from '../normalize';
import type { Activity, Lead, LeadDraft, LeadField, MergeConflict, Provenance } from '../schema';
import { CommandError } from './errors';
import { deleteLead } from './leads';
import { readSettings } from './settings';

export interface CaptureResult {
  leadId: string;
  created: boolean;
  /** The `captured` or `merged` activity: what "Undo" names; null when a re-clip changed nothing. */
  activityId: string | null;
  filled: LeadField[];
  conflicts: MergeConflict[];
}

/** A lead is worth saving when it names the person or gives a way to reach them (a fax does not). */
export function hasContent(draft: LeadDraft): boolean {
  return Boolean(draft.fullName || draft.emails.length || draft.phones.some((phone) => phone.type !== 'fax') || draft.linkedinUrl);
}

/** Builds a new lead from a normalized capture draft. */
export function leadFromDraft(draft: LeadDraft, at: { id: string; captureId: string; now: number }): Lead {
  const contactPhones = draft.phones.filter((phone) => phone.type !== 'fax');
  const { website, domain } = websiteAndDomain(draft.website);
  const provenance: Provenance = { captureId: at.captureId, url: draft.sourceUrl, at: at.now };
  const lead: Lead = {
    id: at.id,
    createdAt: at.now,
    updatedAt: at.now,
    fullName: draft.fullName,
    ...splitName(draft.fullName),
    title: draft.title,
    company: { name: draft.company, domain, website },
    emails: draft.emails,
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
  return withNotificationParts(lead, draft);
}

/**
 * What a notification adds (issue 13): budget, product, reply route, the form's page, its UTM
 * parameters and the platform. Set only when the draft carries them, so other leads keep their shape.
 */
function withNotificationParts(lead: Lead, draft: LeadDraft): Lead {
  const source = { ...lead.source };
  if (draft.pageUrl) source.pageUrl = draft.pageUrl;
  if (draft.utm) source.utm = draft.utm;
  if (draft.sourcePlatform) source.platform = draft.sourcePlatform;
  return {
    ...lead,
    budget: draft.budget ?? lead.budget,
    ...(draft.product ? { product: draft.product } : {}),
    ...(draft.replyTo ? { replyTo: draft.replyTo } : {}),
    source,
  };
}

/** A merge fills the notification's parts the lead lacks; what the lead has stays. */
function fillNotificationParts(lead: Lead, incoming: Lead): Lead {
  return {
    ...lead,
    budget: lead.budget ?? incoming.budget,
    ...(!lead.product && incoming.product ? { product: incoming.product } : {}),
    ...(!lead.replyTo && incoming.replyTo ? { replyTo: incoming.replyTo } : {}),
  };
}

/** Reads a field of the lead by its LeadField name. */
function valueOf(lead: Lead, field: LeadField): string | string[] | null {
  switch (field) {
    case 'company.name':
      return lead.company.name;
    case 'company.domain':
      return lead.company.domain;
    case 'company.website':
      return lead.company.website;
    default:
      return lead[field];
  }
}

function withValue(lead: Lead, field: LeadField, value: string | string[] | null): Lead {
  if (field === 'company.name') return { ...lead, company: { ...lead.company, name: value as string | null } };
  if (field === 'company.domain') return { ...lead, company: { ...lead.company, domain: value as string | null } };
  if (field === 'company.website') return { ...lead, company: { ...lead.company, website: value as string | null } };
  return { ...lead, [field]: value };
}

export function filledFields(lead: Lead): LeadField[] {
  return (['fullName', 'firstName', 'lastName', 'title', 'company.name', 'company.domain', 'company.website', 'emails', 'phones', 'linkedinUrl', 'location', 'interest'] as const).filter(
    (field) => {
      const value = valueOf(lead, field);
      return Array.isArray(value) ? value.length > 0 : value !== null;
    },
  );
}

function utmOf(url: string | null): Record<string, string> | null {
  if (!url) return null;
  const entries = [...new URL(url).searchParams].filter(([key]) => key.startsWith('utm_'));
  return entries.length ? Object.fromEntries(entries) : null;
}

/** First and last name follow the full name: they are filled with it and never conflict on their own. */
const SCALAR_FIELDS = ['fullName', 'title', 'company.name', 'company.domain', 'company.website', 'linkedinUrl', 'location', 'interest'] as const;

function same(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * Merges a second capture of the same person into the lead: empty fields are filled (and remember
 * this capture as their source), new addresses and numbers are added, and values that disagree
 * stay as they were, with the incoming value kept in the conflict list for the history.
 */
export function mergeCapture(existing: Lead, incoming: Lead, now: number): { lead: Lead; filled: LeadField[]; conflicts: MergeConflict[] } {
  let lead: Lead = { ...existing, provenance: { ...existing.provenance }, updatedAt: now };
  const filled: LeadField[] = [];
  const conflicts: MergeConflict[] = [];
  for (const field of SCALAR_FIELDS) {
    const kept = valueOf(existing, field) as string | null;
    const value = valueOf(incoming, field) as string | null;
    if (value === null) continue;
    if (kept === null) {
      const fields: LeadField[] = field === 'fullName' ? ['fullName', 'firstName', 'lastName'] : [field];
      for (const each of fields) {
        lead = withValue(lead, each, valueOf(incoming, each));
        if (incoming.provenance[each]) lead.provenance[each] = incoming.provenance[each];
        filled.push(each);
      }
    } else if (!same(kept, value)) {
      conflicts.push({ field, kept, incoming: value });
    }
  }
  const emails = [...new Set([...existing.emails, ...incoming.emails])].slice(0, 20);
  if (emails.length > existing.emails.length) {
    lead.emails = emails;
    if (!existing.emails.length) lead.provenance.emails = incoming.provenance.emails;
    filled.push('emails');
  }
  const phones = [...new Set([...existing.phones, ...incoming.phones])].slice(0, 20);
  if (phones.length > existing.phones.length) {
    lead.phones = phones;
    lead.phoneTypes = { ...incoming.phoneTypes, ...existing.phoneTypes };
    if (!existing.phones.length) lead.provenance.phones = incoming.provenance.phones;
    filled.push('phones');
  }
  lead.fax = existing.fax ?? incoming.fax;
  return { lead: fillNotificationParts(lead, incoming), filled, conflicts };
}

/** The lead this draft duplicates: same email first, then LinkedIn profile, then phone. */
async function findDuplicate(db: LeadClipDb, draft: Lead): Promise<Lead | undefined> {
  if (draft.emails.length) {
    const byEmail = await db.leads.where('emails').anyOf(draft.emails).first();
    if (byEmail) return byEmail;
  }
  if (draft.linkedinUrl) {
    const byProfile = await db.leads.where('linkedinUrl').equals(draft.linkedinUrl).first();
    if (byProfile) return byProfile;
  }
  if (draft.phones.length) return db.leads.where('phones').anyOf(draft.phones).first();
  return undefined;
}

export async function captureLead(db: LeadClipDb, draft: LeadDraft, now: number): Promise<CaptureResult> {
  return db.transaction('rw', db.leads, db.activities, db.settings, async () => {
    const { defaultRegion } = await readSettings(db);
    const normalized = normalizeDraft(draft, defaultRegion);
    if (!hasContent(normalized)) {
      throw new CommandError('empty_capture', 'Nothing to save: no name, email, phone or LinkedIn URL was found.');
    }
    const incoming = leadFromDraft(normalized, { id: newId(), captureId: newId(), now });
    const existing = await findDuplicate(db, incoming);
    const activityId = newId();
    if (!existing) {
      await db.leads.add(incoming);
      await db.activities.add({
        id: activityId,
        leadId: incoming.id,
        at: now,
        type: 'captured',
        channel: incoming.source.channel,
        url: incoming.source.url,
      } satisfies Activity);
      return { leadId: incoming.id, created: true, activityId, filled: filledFields(incoming), conflicts: [] };
    }
    const { lead, filled, conflicts } = mergeCapture(existing, incoming, now);
    // A re-clip that brings nothing new leaves the lead and its timeline alone (issue 17).
    if (!filled.length && !conflicts.length && lead.fax === existing.fax) return { leadId: existing.id, created: false, activityId: null, filled, conflicts };
    await db.leads.put(lead);
    await db.activities.add({
      id: activityId,
      leadId: lead.id,
      at: now,
      type: 'merged',
      url: incoming.source.url,
      filled,
      conflicts,
      before: existing,
    } satisfies Activity);
    return { leadId: lead.id, created: false, activityId, filled, conflicts };
  });
}

export interface UndoResult {
  leadId: string;
  undone: 'deleted' | 'restored';
}

/**
 * Takes a capture back. A capture that created a lead erases it (with everything attached); a
 * merge puts back the fields it filled, as they were, and leaves later corrections alone.
 */
export async function undoCapture(db: LeadClipDb, activityId: string, now: number): Promise<UndoResult> {
  const activity = await db.activities.get(activityId);
  if (!activity || (activity.type !== 'captured' && activity.type !== 'merged')) {
    throw new CommandError('not_found', 'There is no capture to undo.');
  }
  if (activity.type === 'captured') {
    await deleteLead(db, activity.leadId);
    return { leadId: activity.leadId, undone: 'deleted' };
  }
  return db.transaction('rw', db.leads, db.activities, async () => {
    const lead = await db.leads.get(activity.leadId);
    if (!lead || !activity.before) throw new CommandError('not_found', 'That lead no longer exists.');
    const before = activity.before;
    let restored: Lead = { ...lead, updatedAt: now };
    const filled = new Set(activity.filled);
    for (const field of filled) restored = withValue(restored, field, valueOf(before, field));
    // Provenance goes back to what it was for the fields this merge filled; other fields keep theirs.
    restored.provenance = Object.fromEntries(
      [...new Set([...Object.keys(lead.provenance), ...Object.keys(before.provenance)])].flatMap((field) => {
        const source = filled.has(field as LeadField) ? before.provenance : lead.provenance;
        const provenance = source[field as LeadField];
        return provenance ? [[field, provenance]] : [];
      }),
    );
    if (activity.filled.includes('phones')) restored.phoneTypes = before.phoneTypes;
    restored.fax = before.fax;
    await db.leads.put(restored);
    await db.activities.delete(activity.id);
    return { leadId: lead.id, undone: 'restored' as const };
  });
}
