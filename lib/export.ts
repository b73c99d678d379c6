// Exports are reads: extension pages build them straight from the database (DESIGN.md §1) and
// download a Blob. CSV carries every stored lead field, one column each; JSON is a full backup.
import type { LeadClipDb } from './db';
import { toCsv } from './csv';
import type { Activity, Checklist, Handoff, Lead, LeadSegment, Settings, Task, Template } from './schema';
import type { Suppression } from './store/suppression';

/** One CSV column of the lead export; the import reads the same columns back (lib/import/columns). */
interface LeadColumn {
  header: string;
  write: (lead: Lead) => string;
}

const text = (value: string | null) => value ?? '';
const time = (value: number | null) => (value === null ? '' : new Date(value).toISOString());
const list = (values: readonly string[]) => values.join('; ');
const json = (value: unknown) => (value === null || value === undefined ? '' : JSON.stringify(value));

export const LEAD_COLUMNS: readonly LeadColumn[] = [
  { header: 'id', write: (l) => l.id },
  { header: 'createdAt', write: (l) => time(l.createdAt) },
  { header: 'updatedAt', write: (l) => time(l.updatedAt) },
  { header: 'fullName', write: (l) => text(l.fullName) },
  { header: 'firstName', write: (l) => text(l.firstName) },
  { header: 'lastName', write: (l) => text(l.lastName) },
  { header: 'title', write: (l) => text(l.title) },
  { header: 'company.name', write: (l) => text(l.company.name) },
  { header: 'company.domain', write: (l) => text(l.company.domain) },
  { header: 'company.website', write: (l) => text(l.company.website) },
  { header: 'emails', write: (l) => list(l.emails) },
  { header: 'phones', write: (l) => list(l.phones) },
  { header: 'phoneTypes', write: (l) => (Object.keys(l.phoneTypes).length ? json(l.phoneTypes) : '') },
  { header: 'fax', write: (l) => text(l.fax) },
  { header: 'linkedinUrl', write: (l) => text(l.linkedinUrl) },
  { header: 'location', write: (l) => text(l.location) },
  { header: 'interest', write: (l) => text(l.interest) },
  { header: 'budget.amount', write: (l) => (l.budget ? String(l.budget.amount) : '') },
  { header: 'budget.currency', write: (l) => l.budget?.currency ?? '' },
  { header: 'owner', write: (l) => text(l.owner) },
  { header: 'tags', write: (l) => list(l.tags) },
  { header: 'stage', write: (l) => l.stage },
  { header: 'score', write: (l) => String(l.score) },
  { header: 'tier', write: (l) => l.tier },
  { header: 'source.channel', write: (l) => l.source.channel },
  { header: 'source.url', write: (l) => text(l.source.url) },
  { header: 'source.title', write: (l) => text(l.source.title) },
  { header: 'source.capturedAt', write: (l) => time(l.source.capturedAt) },
  { header: 'source.inquiryAt', write: (l) => time(l.source.inquiryAt) },
  { header: 'source.utm', write: (l) => json(l.source.utm) },
  { header: 'consent.basis', write: (l) => l.consent.basis },
  { header: 'consent.recordedAt', write: (l) => time(l.consent.recordedAt) },
  { header: 'consent.note', write: (l) => text(l.consent.note) },
  { header: 'consent.noticeSentAt', write: (l) => time(l.consent.noticeSentAt) },
  { header: 'provenance', write: (l) => (Object.keys(l.provenance).length ? json(l.provenance) : '') },
  { header: 'nextDueAt', write: (l) => time(l.nextDueAt) },
  { header: 'firstContactAt', write: (l) => time(l.firstContactAt) },
  // Issue 17a: inquiry or prospect, and what falls due at nextDueAt; empty on leads stored before.
  { header: 'inbound', write: (l) => (l.inbound === undefined ? '' : l.inbound ? 'yes' : 'no') },
  { header: 'nextTask', write: (l) => json(l.nextTask) },
];

export function leadsToCsv(leads: Iterable<Lead>): string {
  return toCsv(
    LEAD_COLUMNS.map((column) => column.header),
    (function* rows() {
      for (const lead of leads) yield LEAD_COLUMNS.map((column) => column.write(lead));
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
