// Exports are reads: extension pages build them straight from the database (DESIGN.md §1) and
// download a Blob. CSV carries every stored lead field, one column each; JSON is a full backup.
import type { LeadClipDb } from './db';
import { toCsv } from './csv';
import { phoneForPeople } from './normalize';
import type { Activity, Checklist, Handoff, Lead, LeadSegment, Settings, Task, Template } from './schema';
import type { Suppression } from './store/suppression';

/** One CSV column of the lead export; the import reads the same columns back (lib/import/columns). */
interface LeadColumn {
  /** The stored field it carries, the import's target id: never shown to the rep. */
  key: string;
  /** What a rep and a spreadsheet see. */
  header: string;
  write: (lead: Lead) => string;
}

const text = (value: string | null) => value ?? '';
const time = (value: number | null) => (value === null ? '' : new Date(value).toISOString());
const list = (values: readonly string[]) => values.join('; ');
const json = (value: unknown) => (value === null || value === undefined ? '' : JSON.stringify(value));

const column = (key: string, header: string, write: (lead: Lead) => string): LeadColumn => ({ key, header, write });

/** Every stored lead field, one column each: LeadClip's own CSV, read back exactly by the import. */
export const LEAD_COLUMNS: readonly LeadColumn[] = [
  column('id', 'LeadClip ID', (l) => l.id),
  column('createdAt', 'Created', (l) => time(l.createdAt)),
  column('updatedAt', 'Last updated', (l) => time(l.updatedAt)),
  column('fullName', 'Full name', (l) => text(l.fullName)),
  column('firstName', 'First name', (l) => text(l.firstName)),
  column('lastName', 'Last name', (l) => text(l.lastName)),
  column('title', 'Job title', (l) => text(l.title)),
  column('company.name', 'Company', (l) => text(l.company.name)),
  column('company.domain', 'Company domain', (l) => text(l.company.domain)),
  column('company.website', 'Website', (l) => text(l.company.website)),
  column('emails', 'Emails', (l) => list(l.emails)),
  column('phones', 'Phones', (l) => list(l.phones)),
  column('phoneTypes', 'Phone types', (l) => (Object.keys(l.phoneTypes).length ? json(l.phoneTypes) : '')),
  column('fax', 'Fax', (l) => text(l.fax)),
  column('linkedinUrl', 'LinkedIn URL', (l) => text(l.linkedinUrl)),
  column('location', 'Location', (l) => text(l.location)),
  column('interest', 'Interest', (l) => text(l.interest)),
  column('budget.amount', 'Budget', (l) => (l.budget ? String(l.budget.amount) : '')),
  column('budget.currency', 'Budget currency', (l) => l.budget?.currency ?? ''),
  column('owner', 'Owner', (l) => text(l.owner)),
  column('tags', 'Tags', (l) => list(l.tags)),
  column('stage', 'Stage', (l) => l.stage),
  column('score', 'Score', (l) => String(l.score)),
  column('tier', 'Tier', (l) => l.tier),
  column('source.channel', 'Channel', (l) => l.source.channel),
  column('source.url', 'Source page', (l) => text(l.source.url)),
  column('source.title', 'Source title', (l) => text(l.source.title)),
  column('source.capturedAt', 'Captured', (l) => time(l.source.capturedAt)),
  column('source.inquiryAt', 'Inquiry received', (l) => time(l.source.inquiryAt)),
  column('source.utm', 'UTM parameters', (l) => json(l.source.utm)),
  column('consent.basis', 'Consent basis', (l) => l.consent.basis),
  column('consent.recordedAt', 'Consent recorded', (l) => time(l.consent.recordedAt)),
  column('consent.note', 'Consent note', (l) => text(l.consent.note)),
  column('consent.noticeSentAt', 'Privacy notice sent', (l) => time(l.consent.noticeSentAt)),
  column('provenance', 'Where each field came from', (l) => (Object.keys(l.provenance).length ? json(l.provenance) : '')),
  column('nextDueAt', 'Next due', (l) => time(l.nextDueAt)),
  column('firstContactAt', 'First contact', (l) => time(l.firstContactAt)),
  // What a notification carried (issue 13); empty on other leads.
  column('product', 'Product or service', (l) => text(l.product ?? null)),
  column('replyTo', 'Reply route', (l) => text(l.replyTo ?? null)),
  column('source.pageUrl', 'Form page', (l) => text(l.source.pageUrl ?? null)),
  column('source.platform', 'Source platform', (l) => text(l.source.platform ?? null)),
  // Issue 17a: inquiry or prospect, and what falls due at nextDueAt; empty on leads stored before.
  column('inbound', 'Inbound inquiry', (l) => (l.inbound === undefined ? '' : l.inbound ? 'yes' : 'no')),
  column('nextTask', 'Next task', (l) => json(l.nextTask)),
];

// CRM-ready presets: the columns each importer maps without help (HubSpot contacts, Pipedrive leads,
// Salesforce leads), one value each where the CRM takes one (first email, first phone in E.164,
// which every one of them stores as dialled), values from their default picklists.
const firstName = (l: Lead) => text(l.firstName ?? l.fullName);
const lastName = (l: Lead) => text(l.lastName);
const firstOf = (values: readonly string[]) => values[0] ?? '';
const date = (value: number | null) => (value === null ? '' : new Date(value).toISOString().slice(0, 10));
const HUBSPOT_LIFECYCLE: Record<Lead['stage'], string> = {
  new: 'lead', contacted: 'lead', qualifying: 'marketingqualifiedlead', nurturing: 'lead', qualified: 'salesqualifiedlead',
  handed_off: 'opportunity', won: 'customer', lost: 'other',
};
const SALESFORCE_STATUS: Record<Lead['stage'], string> = {
  new: 'Open - Not Contacted', contacted: 'Working - Contacted', qualifying: 'Working - Contacted', nurturing: 'Working - Contacted',
  qualified: 'Working - Contacted', handed_off: 'Closed - Converted', won: 'Closed - Converted', lost: 'Closed - Not Converted',
};
const SALESFORCE_SOURCE: Partial<Record<Lead['source']['channel'], string>> = { web: 'Web', form: 'Web', phone: 'Phone Inquiry', referral: 'Partner Referral' };
const SALESFORCE_RATING: Record<Lead['tier'], string> = { sql: 'Hot', mql: 'Warm', cold: 'Cold' };

export const CSV_PRESETS = {
  leadclip: { label: 'LeadClip (every field, re-importable)', columns: LEAD_COLUMNS },
  hubspot: {
    label: 'HubSpot contacts',
    columns: [
      column('firstName', 'First Name', firstName),
      column('lastName', 'Last Name', lastName),
      column('emails', 'Email', (l) => firstOf(l.emails)),
      column('phones', 'Phone Number', (l) => firstOf(l.phones.map(phoneForPeople))),
      column('title', 'Job Title', (l) => text(l.title)),
      column('company.name', 'Company Name', (l) => text(l.company.name)),
      column('company.website', 'Website URL', (l) => text(l.company.website)),
      column('stage', 'Lifecycle Stage', (l) => HUBSPOT_LIFECYCLE[l.stage]),
      column('interest', 'Message', (l) => text(l.interest)),
      column('source.inquiryAt', 'Create Date', (l) => date(l.source.inquiryAt)),
    ],
  },
  pipedrive: {
    label: 'Pipedrive leads',
    columns: [
      column('interest', 'Lead - Title', (l) => text(l.interest ?? [l.fullName, l.company.name].filter(Boolean).join(' – '))),
      column('fullName', 'Person - Name', (l) => text(l.fullName)),
      column('emails', 'Person - Email', (l) => firstOf(l.emails)),
      column('phones', 'Person - Phone', (l) => firstOf(l.phones.map(phoneForPeople))),
      column('company.name', 'Organization - Name', (l) => text(l.company.name)),
      column('budget.amount', 'Lead - Value', (l) => (l.budget ? String(l.budget.amount) : '')),
      column('budget.currency', 'Lead - Currency', (l) => l.budget?.currency ?? ''),
      column('owner', 'Lead - Owner', (l) => text(l.owner)),
    ],
  },
  salesforce: {
    label: 'Salesforce leads',
    columns: [
      column('firstName', 'First Name', (l) => text(l.firstName)),
      // Salesforce refuses a lead without Last Name and Company: the best value we have stands in.
      column('lastName', 'Last Name', (l) => text(l.lastName ?? l.fullName ?? l.emails[0] ?? null)),
      column('company.name', 'Company', (l) => l.company.name ?? l.company.domain ?? 'Not provided'),
      column('title', 'Title', (l) => text(l.title)),
      column('emails', 'Email', (l) => firstOf(l.emails)),
      column('phones', 'Phone', (l) => firstOf(l.phones.map(phoneForPeople))),
      column('company.website', 'Website', (l) => text(l.company.website)),
      column('source.channel', 'Lead Source', (l) => SALESFORCE_SOURCE[l.source.channel] ?? 'Other'),
      column('stage', 'Lead Status', (l) => SALESFORCE_STATUS[l.stage]),
      column('tier', 'Rating', (l) => SALESFORCE_RATING[l.tier]),
      column('interest', 'Description', (l) => text(l.interest)),
    ],
  },
} as const satisfies Record<string, { label: string; columns: readonly LeadColumn[] }>;
export type CsvPreset = keyof typeof CSV_PRESETS;

export function leadsToCsv(leads: Iterable<Lead>, preset: CsvPreset = 'leadclip'): string {
  const { columns } = CSV_PRESETS[preset];
  return toCsv(
    columns.map((column) => column.header),
    (function* rows() {
      for (const lead of leads) yield columns.map((column) => column.write(lead));
    })(),
  );
}

export const BACKUP_FORMAT = 'leadclip-backup';

/** Everything the rep owns, as one JSON document the import restores exactly. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: 1;
  exportedAt: number;
  leads: Lead[];
  activities: Activity[];
  tasks: Task[];
  checklists: Checklist[];
  handoffs: Handoff[];
  templates: Template[];
  settings: Settings[];
  suppressions: Suppression[];
}

/** Reads the leads (all, or those `leadIds` names) with their whole history, in one read transaction. */
export async function readBackup(db: LeadClipDb, now: number, leadIds?: readonly string[]): Promise<Backup> {
  return db.transaction('r', [db.leads, db.activities, db.tasks, db.checklists, db.handoffs, db.templates, db.settings, db.suppressions], async () => {
    const only = leadIds ? new Set(leadIds) : null;
    const mine = <T extends { leadId: string }>(rows: T[]) => (only ? rows.filter((row) => only.has(row.leadId)) : rows);
    return {
      format: BACKUP_FORMAT,
      version: 1,
      exportedAt: now,
      leads: only ? (await db.leads.bulkGet([...only])).filter((lead): lead is Lead => lead !== undefined) : await db.leads.toArray(),
      activities: mine(await db.activities.toArray()),
      tasks: mine(await db.tasks.toArray()),
      checklists: mine(await db.checklists.toArray()),
      handoffs: mine(await db.handoffs.toArray()),
      templates: await db.templates.toArray(),
      settings: await db.settings.toArray(),
      suppressions: await db.suppressions.toArray(),
    };
  });
}

export function exportFileName(kind: string, extension: 'csv' | 'json', now: number): string {
  return `leadclip-${kind}-${new Date(now).toISOString().slice(0, 10)}.${extension}`;
}

const DAY_MS = 86_400_000;

/** What a segment needs beyond the lead itself: when it entered its stage, and budget answers. */
export interface SegmentFacts {
  stageEnteredAt: Map<string, number>;
  budgetYes: Set<string>;
}

export function segmentFacts(
  stageChanges: readonly Activity[],
  checklists: readonly Checklist[],
  templates: readonly Template[],
): SegmentFacts {
  const stageEnteredAt = new Map<string, number>();
  for (const change of stageChanges) {
    if (change.type === 'stage_changed' && change.at > (stageEnteredAt.get(change.leadId) ?? -1)) {
      stageEnteredAt.set(change.leadId, change.at);
    }
  }
  const budgetItems = new Set(templates.flatMap((template) => template.items.filter((item) => item.dimension === 'budget').map((item) => item.id)));
  const budgetYes = new Set(
    checklists
      .filter((list) => Object.entries(list.answers).some(([item, answer]) => budgetItems.has(item) && answer.value === 'yes'))
      .map((list) => list.leadId),
  );
  return { stageEnteredAt, budgetYes };
}

export function matchesSegment(lead: Lead, segment: LeadSegment, facts: SegmentFacts, now: number): boolean {
  if (segment.stages.length && !segment.stages.includes(lead.stage)) return false;
  if (segment.channels.length && !segment.channels.includes(lead.source.channel)) return false;
  if (segment.budgetYes && lead.budget === null && !facts.budgetYes.has(lead.id)) return false;
  if (segment.withinDays !== null) {
    const enteredAt = facts.stageEnteredAt.get(lead.id) ?? lead.createdAt;
    if (enteredAt < now - segment.withinDays * DAY_MS) return false;
  }
  return true;
}

/** The leads of a saved segment, read in one transaction. */
export async function readSegment(db: LeadClipDb, segment: LeadSegment, now: number): Promise<Lead[]> {
  return db.transaction('r', [db.leads, db.activities, db.checklists, db.templates], async () => {
    const facts = segmentFacts(
      await db.activities.where('type').equals('stage_changed').toArray(),
      await db.checklists.toArray(),
      await db.templates.toArray(),
    );
    const leads = await db.leads.toArray();
    return leads.filter((lead) => matchesSegment(lead, segment, facts, now));
  });
}
