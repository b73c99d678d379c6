// The IndexedDB store (DESIGN.md §2). Tables mirror the Zod schemas in ./schema.
//
// Schema history: each entry of SCHEMA_VERSIONS stays declared forever so that a browser holding
// any older database upgrades step by step. tests/unit/db-migrations.test.ts opens a database
// written at every older version and checks each record survives the upgrade.
import Dexie, { type Table, type Transaction } from 'dexie';
import { type LeadFacts, leadFactsFor } from './metrics/lead-facts';
import type { Activity, Checklist, CrmJob, CrmLookup, Handoff, Lead, Settings, Task, Template } from './schema';
import { leadFactsMiddleware } from './store/lead-facts';
import { phoneDigitsMiddleware } from './store/phone-digits';
import { phoneSearchKeys } from './normalize';
import { isOpen, nextTaskOf } from './timers/tasks';
import type { Suppression } from './store/suppression';

export const DATABASE_NAME = 'leadclip';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      leads:
        'id, stage, tier, source.channel, createdAt, updatedAt, source.inquiryAt, owner, *emails, linkedinUrl, *phones, nextDueAt',
      activities: 'id, leadId, [leadId+at], type, at',
      tasks: 'id, leadId, [status+dueAt], dueAt',
      checklists: 'leadId, templateId',
      templates: 'id',
      handoffs: 'id, leadId, createdAt',
      settings: 'id',
    },
  },
  {
    // Issue 6: hashed emails and LinkedIn URLs of people who must not be captured again.
    version: 2,
    stores: { suppressions: 'hash, kind' },
  },
  {
    // Issue 5, the workspace list (lib/queries/leads.ts): sort by score, search names and companies
    // by prefix, and read a filtered first page in order from [filter+sort] compound indices.
    // Indices only; records are unchanged.
    version: 5,
    stores: {
      leads:
        'id, stage, tier, source.channel, createdAt, updatedAt, source.inquiryAt, owner, *emails, linkedinUrl, *phones, nextDueAt, score, fullName, lastName, company.name, ' +
        '[stage+nextDueAt], [stage+createdAt], [source.channel+nextDueAt], [source.channel+createdAt], [tier+nextDueAt], [tier+createdAt], [owner+nextDueAt], [owner+createdAt]',
    },
  },
  {
    // Issue 6, the Metrics tab (lib/queries/metrics.ts): read each metric activity type from the
    // start of the chosen range on, not the whole history. Indices only; records are unchanged.
    version: 6,
    stores: { activities: 'id, leadId, [leadId+at], type, at, [type+at]' },
  },
  {
    // Issue 6, the Metrics tab: one small record per lead with what metrics need from it and its
    // activities (lib/metrics/lead-facts.ts), kept in step by lib/store/lead-facts.ts. The tab
    // reads these by inquiry time instead of the leads and activities, so [type+at] goes.
    version: 7,
    stores: { activities: 'id, leadId, [leadId+at], type, at', leadFacts: 'id, inquiryAt' },
    upgrade: async (tx) => {
      const [leads, activities] = await Promise.all([tx.table<Lead>('leads').toArray(), tx.table<Activity>('activities').toArray()]);
      await tx.table<LeadFacts>('leadFacts').bulkPut(leadFactsFor(leads, activities));
    },
  },
  {
    // Issue 17b: search finds a phone however it is typed, by prefix on the digits of its E.164 and
    // national forms (lib/store/phone-digits.ts keeps `phoneDigits` in step with `phones`).
    version: 9,
    stores: {
      leads:
        'id, stage, tier, source.channel, createdAt, updatedAt, source.inquiryAt, owner, *emails, linkedinUrl, *phones, nextDueAt, score, fullName, lastName, company.name, ' +
        '[stage+nextDueAt], [stage+createdAt], [source.channel+nextDueAt], [source.channel+createdAt], [tier+nextDueAt], [tier+createdAt], [owner+nextDueAt], [owner+createdAt], *phoneDigits',
    },
    upgrade: async (tx) => {
      await tx.table<Lead>('leads').toCollection().modify((lead: Lead) => {
        lead.phoneDigits = phoneSearchKeys(lead.phones);
      });
    },
  },
  {
    // Issue 14, the CRM outbox (lib/crm/outbox.ts): jobs by lead and by when they may run next, and
    // the last "Already in the CRM?" answer per lead. New tables; existing records are unchanged.
    version: 10,
    stores: { crmJobs: 'id, leadId, status, nextAttemptAt', crmLookups: 'leadId' },
  },
  {
    // Issue 17a: each lead keeps what falls due at nextDueAt (lead.nextTask), so a chip can say
    // "Reply due 4:16" or "Follow-up tomorrow 9:00". Records only; indices are unchanged.
    version: 11,
    stores: {},
    upgrade: async (tx) => {
      const byLead = new Map<string, Task[]>();
      for (const task of await tx.table<Task>('tasks').filter(isOpen).toArray()) byLead.set(task.leadId, [...(byLead.get(task.leadId) ?? []), task]);
      for (const [leadId, tasks] of byLead) await tx.table<Lead>('leads').update(leadId, { nextTask: nextTaskOf(tasks) });
    },
  },
];

export type LeadClipDb = Dexie & {
  leads: Table<Lead, string>;
  activities: Table<Activity, string>;
  tasks: Table<Task, string>;
  checklists: Table<Checklist, string>;
  templates: Table<Template, string>;
  handoffs: Table<Handoff, string>;
  settings: Table<Settings, string>;
  suppressions: Table<Suppression, string>;
  /** Derived from leads and activities; written only by lib/store/lead-facts.ts. */
  leadFacts: Table<LeadFacts, string>;
  crmJobs: Table<CrmJob, string>;
  crmLookups: Table<CrmLookup, string>;
};

/** Opens (lazily) the database with every schema version up to `upTo` declared. */
export function openDatabase(
  name = DATABASE_NAME,
  options: { upTo?: number; indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {},
): LeadClipDb {
  const { upTo = Number.POSITIVE_INFINITY, ...dexieOptions } = options;
  const db = new Dexie(name, dexieOptions) as LeadClipDb;
  for (const step of SCHEMA_VERSIONS) {
    if (step.version > upTo) break;
    const declared = db.version(step.version).stores(step.stores);
    if (step.upgrade) declared.upgrade(step.upgrade);
  }
  return db.use(leadFactsMiddleware).use(phoneDigitsMiddleware);
}

export const LATEST_VERSION = SCHEMA_VERSIONS.at(-1)?.version ?? 1;
