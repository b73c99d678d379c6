// Wires the CRM outbox (lib/crm/outbox.ts) and the CRM commands into the background. The token is
// read from storage.local here and nowhere else; no message, status or log carries it.
//
// Alarm budget (DESIGN.md §4 is per purpose): the reminders keep 'leadclip-reminder', the purge
// keeps 'leadclip-retention', and the outbox keeps exactly one more, 'leadclip-crm-outbox', at the
// earliest time a waiting job may run. Chrome clamps alarms to 30 s, so a shorter wait (a
// Retry-After of a few seconds) also gets a timer while the worker is awake; the alarm is what
// brings a stopped worker or a restarted browser back.
import { browser } from 'wxt/browser';
import type { LeadClipDb } from '@/lib/db';
import type { CrmAdapter } from '@/lib/crm/adapter';
import { CRM_STORAGE_KEY, StoredConnection, adapterFor, baseUrlFor, statusOf } from '@/lib/crm/connection';
import { CrmError } from '@/lib/crm/http';
import { cancelCrmJob, drainOutbox, enqueueCrmHandoff, nextDueJob, retryCrmJob } from '@/lib/crm/outbox';
import type { CommandName } from '@/lib/protocol';
import type { CrmKind, CrmLookup } from '@/lib/schema';
import { CommandError } from '@/lib/store/errors';
import type { Handlers } from './handlers';

export const CRM_ALARM = 'leadclip-crm-outbox';
const ALARM_FLOOR_MS = 30_000;

async function readConnection(): Promise<StoredConnection | null> {
  const stored = (await browser.storage.local.get(CRM_STORAGE_KEY))[CRM_STORAGE_KEY];
  const parsed = StoredConnection.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

const transport = { fetch: (input: RequestInfo | URL, init?: RequestInit) => fetch(input, init), now: () => Date.now() };

/** One adapter per connection, so its rate window is shared by every job and lookup. */
let cached: { key: string; adapter: CrmAdapter } | null = null;
async function connectedAdapter(kind?: CrmKind): Promise<CrmAdapter | null> {
  const connection = await readConnection();
  if (!connection || (kind && connection.kind !== kind)) return null;
  const key = `${connection.kind} ${connection.baseUrl} ${connection.token}`;
  if (cached?.key !== key) cached = { key, adapter: adapterFor(connection, transport) };
  return cached.adapter;
}

async function requireConnection(): Promise<StoredConnection> {
  const connection = await readConnection();
  if (!connection) throw new CommandError('invalid_message', 'No CRM is connected: connect one in Options → Integrations.');
  return connection;
}

/** A CRM's refusal, in the CRM's words, as a command failure (the token is never part of it). */
function asCommandError(error: unknown): never {
  if (error instanceof CrmError) throw new CommandError('delivery_failed', error.message);
  throw error;
}

export interface CrmOutbox {
  /** Drains due jobs now (after a handoff or a retry) and re-arms the alarm. */
  kick(): Promise<void>;
}

export function startCrmOutbox(db: LeadClipDb, now: () => number = () => Date.now()): CrmOutbox {
  let running: Promise<void> | null = null;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function drainAndArm(): Promise<void> {
    // A watchdog while jobs run: if the worker is stopped mid-job, the alarm wakes it to resume.
    if (await nextDueJob(db, now())) await browser.alarms.create(CRM_ALARM, { when: now() + ALARM_FLOOR_MS });
    const next = await drainOutbox(db, connectedAdapter, now);
    clearTimeout(timer);
    if (next === null) {
      await browser.alarms.clear(CRM_ALARM);
      return;
    }
    await browser.alarms.create(CRM_ALARM, { when: Math.max(next, now() + 1_000) });
    if (next - now() < ALARM_FLOOR_MS) timer = setTimeout(() => void kick(), Math.max(0, next - now()));
  }

  function kick(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = drainAndArm()
      .catch((error: unknown) => console.error('LeadClip: the CRM outbox could not run', error instanceof Error ? error.message : 'unknown error'))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          void kick();
        }
      });
    return running;
  }

  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name === CRM_ALARM) await kick();
  });
  // A worker that stopped mid-job, or a browser that was closed, picks the jobs up here.
  void kick();
  return { kick };
}

type CrmCommand = Extract<CommandName, `crm.${string}`>;

export const crmHandlers: Pick<Handlers, CrmCommand> = {
  'crm.connect': async ({ kind, token, baseUrl }, { now }) => {
    let base: string;
    try {
      base = baseUrlFor(kind, baseUrl);
    } catch (error) {
      throw new CommandError('invalid_message', (error as Error).message);
    }
    // One cheap read proves the token before anything is saved.
    const { account } = await adapterFor({ kind, token, baseUrl: base }, transport).testConnection().catch(asCommandError);
    const connection: StoredConnection = { kind, baseUrl: base, token, account, ownerId: null, pipelineId: null, stageId: null, connectedAt: now() };
    await browser.storage.local.set({ [CRM_STORAGE_KEY]: connection });
    return statusOf(connection);
  },
  'crm.status': async () => statusOf(await readConnection()),
  'crm.choices': async () => {
    await requireConnection();
    const adapter = (await connectedAdapter())!;
    const [owners, pipelines] = await Promise.all([adapter.listOwners(), adapter.listPipelines()]).catch(asCommandError);
    return { owners, pipelines };
  },
  'crm.defaults': async (defaults) => {
    const connection = { ...(await requireConnection()), ...defaults };
    await browser.storage.local.set({ [CRM_STORAGE_KEY]: connection });
    return statusOf(connection);
  },
  'crm.disconnect': async () => {
    await browser.storage.local.remove(CRM_STORAGE_KEY);
    cached = null;
    return statusOf(null);
  },
  'crm.handoff': async (request, { db, now }) => {
    const connection = await requireConnection();
    return enqueueCrmHandoff(db, request, connection.kind, connection, now());
  },
  'crm.retry': ({ jobId }, { db, now }) => retryCrmJob(db, jobId, now()),
  'crm.cancel': ({ jobId }, { db, now }) => cancelCrmJob(db, jobId, now()),
  'crm.lookup': async ({ leadId }, { db, now }) => {
    const connection = await requireConnection();
    const lead = await db.leads.get(leadId);
    if (!lead) throw new CommandError('not_found', 'That lead no longer exists.');
    const email = lead.emails[0];
    if (!email) throw new CommandError('invalid_message', 'This lead has no email address to look up.');
    const adapter = (await connectedAdapter())!;
    const person = await adapter.findPerson({ email }).catch(asCommandError);
    const owners = person?.ownerId ? await adapter.listOwners().catch(() => []) : [];
    const lookup: CrmLookup = {
      leadId,
      crm: connection.kind,
      checkedAt: now(),
      person: person && { id: person.id, url: person.url, name: person.name, ownerName: owners.find((owner) => owner.id === person.ownerId)?.name ?? null },
    };
    await db.crmLookups.put(lookup);
    return lookup;
  },
};
