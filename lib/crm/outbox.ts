// The CRM outbox (issue 14): every CRM handoff is a job in IndexedDB (table crmJobs) whose steps
// record their results as they complete (./recipe.ts). The background drains due jobs one at a
// time and sets one named alarm for the earliest job still waiting, so a stopped worker, a closed
// browser, an outage or a rate limit only delays a job. Nothing is recorded as handed off until
// the CRM confirmed every step.
import type { LeadClipDb } from '../db';
import { newId } from '../ids';
import { CRM_NAMES, type CrmJob, type CrmKind, type Handoff } from '../schema';
import { CommandError } from '../store/errors';
import { checkHandoff, readHandoffState, recordHandoff } from '../store/handoffs';
import type { CrmAdapter } from './adapter';
import { CrmError } from './http';
import { type CrmDefaults, crmRequestFor, runRecipe } from './recipe';

/** Backoff after a 5xx, an outage or an unreadable answer: 2 s doubling, at most 15 minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(2_000 * 2 ** Math.max(0, attempts - 1), 15 * 60_000);
}
/** After this many failed runs in a row the job stops and waits for the rep's Retry. */
export const MAX_ATTEMPTS = 12;

const OPEN: readonly CrmJob['status'][] = ['queued', 'waiting'];

export async function enqueueCrmHandoff(
  db: LeadClipDb,
  request: { id: string; note: string; format: 'text' | 'markdown' },
  crm: CrmKind,
  defaults: CrmDefaults,
  now: number,
): Promise<CrmJob> {
  const state = await readHandoffState(db, request.id);
  checkHandoff(state);
  return db.transaction('rw', db.crmJobs, async () => {
    const open = await db.crmJobs.where('leadId').equals(request.id).filter((job) => OPEN.includes(job.status)).first();
    if (open) throw new CommandError('invalid_transition', `This lead is already on its way to ${CRM_NAMES[open.crm]}; retry or cancel that send first.`);
    const job: CrmJob = {
      id: newId(now),
      leadId: request.id,
      crm,
      createdAt: now,
      updatedAt: now,
      status: 'queued',
      nextAttemptAt: now,
      attempts: 0,
      lastError: null,
      request: crmRequestFor(state.lead, request.note, request.format, defaults),
      steps: {},
      existingCompanyId: null,
      differed: [],
      handoffId: null,
    };
    await db.crmJobs.add(job);
    return job;
  });
}

class Cancelled extends Error {}

/** Saves a job's progress unless the rep cancelled it meanwhile. */
function saver(db: LeadClipDb, now: () => number) {
  return (job: CrmJob) =>
    db.transaction('rw', db.crmJobs, async () => {
      const current = await db.crmJobs.get(job.id);
      if (!current || current.status === 'cancelled') throw new Cancelled();
      const saved = { ...job, updatedAt: now() };
      await db.crmJobs.put(saved);
      return saved;
    });
}

/** Runs one job as far as it goes now; resolves with the job as saved. */
export async function runCrmJob(db: LeadClipDb, job: CrmJob, adapter: CrmAdapter | null, now: () => number): Promise<CrmJob> {
  const save = saver(db, now);
  if (!adapter) return save({ ...job, status: 'needs_reconnect', lastError: `${CRM_NAMES[job.crm]} is not connected. Connect it in Options → Integrations, then retry.` });
  try {
    const done = await runRecipe({ job: { ...job, attempts: job.attempts + 1 }, adapter, now, save });
    return await complete(db, done, now());
  } catch (error) {
    if (error instanceof Cancelled) return (await db.crmJobs.get(job.id)) ?? job;
    const latest = (await db.crmJobs.get(job.id)) ?? job;
    return save(failed({ ...latest, attempts: job.attempts + 1 }, error, now())).catch((again: unknown) => {
      if (again instanceof Cancelled) return latest;
      throw again;
    });
  }
}

/** What a failure means for the job: wait and resume, or stop until the rep acts. */
export function failed(job: CrmJob, error: unknown, now: number): CrmJob {
  const message = error instanceof Error ? error.message : String(error);
  if (!(error instanceof CrmError)) return { ...job, status: 'failed', lastError: message };
  switch (error.kind) {
    case 'auth':
      return { ...job, status: 'needs_reconnect', lastError: message };
    case 'rate_limited':
    case 'pending':
      // Waiting for the CRM's window or index is not the job failing: it does not use up attempts.
      return { ...job, status: 'waiting', attempts: job.attempts - 1, nextAttemptAt: now + (error.detail.retryAfterMs ?? 10_000), lastError: message };
    case 'server':
    case 'network':
    case 'bad_response':
      if (job.attempts >= MAX_ATTEMPTS) return { ...job, status: 'failed', lastError: `${message} Gave up after ${job.attempts} tries; press Retry.` };
      return { ...job, status: 'waiting', nextAttemptAt: now + backoffMs(job.attempts), lastError: message };
    default:
      return { ...job, status: 'failed', lastError: message };
  }
}

/** The CRM confirmed every step: now, and only now, the handoff is recorded. */
async function complete(db: LeadClipDb, job: CrmJob, now: number): Promise<CrmJob> {
  const { person, company, deal } = job.steps;
  const handoff: Handoff = {
    id: newId(now),
    leadId: job.leadId,
    createdAt: now,
    note: job.request.note,
    format: job.request.format,
    via: 'crm',
    to: CRM_NAMES[job.crm],
    result: { ok: true, status: null, error: null },
    crm: {
      kind: job.crm,
      personId: person!.id!,
      personUrl: person!.url,
      companyId: company?.id ?? job.existingCompanyId,
      dealId: deal!.id!,
      dealUrl: deal!.url,
      differed: job.differed,
    },
  };
  return db.transaction('rw', [db.crmJobs, db.leads, db.activities, db.tasks, db.handoffs, db.checklists, db.templates, db.settings], async () => {
    // The CRM already holds the lead, so it is recorded even if an answer changed since.
    await recordHandoff(db, handoff, now, () => undefined);
    const doneJob: CrmJob = { ...job, status: 'done', updatedAt: now, lastError: null, handoffId: handoff.id };
    await db.crmJobs.put(doneJob);
    return doneJob;
  });
}

/** The rep's Retry (after reconnecting, or after a job gave up) and Cancel. */
export async function retryCrmJob(db: LeadClipDb, id: string, now: number): Promise<CrmJob> {
  return db.transaction('rw', db.crmJobs, async () => {
    const job = await requireJob(db, id);
    if (!['failed', 'needs_reconnect', 'waiting'].includes(job.status)) throw new CommandError('invalid_transition', 'Only a send that is waiting or stopped can be retried.');
    const retried: CrmJob = { ...job, status: 'queued', attempts: 0, nextAttemptAt: now, updatedAt: now };
    await db.crmJobs.put(retried);
    return retried;
  });
}

export async function cancelCrmJob(db: LeadClipDb, id: string, now: number): Promise<CrmJob> {
  return db.transaction('rw', db.crmJobs, async () => {
    const job = await requireJob(db, id);
    if (job.status === 'done') throw new CommandError('invalid_transition', 'This send already reached the CRM; it cannot be cancelled.');
    const cancelled: CrmJob = { ...job, status: 'cancelled', updatedAt: now };
    await db.crmJobs.put(cancelled);
    return cancelled;
  });
}

async function requireJob(db: LeadClipDb, id: string): Promise<CrmJob> {
  const job = await db.crmJobs.get(id);
  if (!job) throw new CommandError('not_found', 'That CRM send no longer exists.');
  return job;
}

export async function nextDueJob(db: LeadClipDb, now: number): Promise<CrmJob | undefined> {
  return db.crmJobs.where('nextAttemptAt').belowOrEqual(now).filter((job) => OPEN.includes(job.status)).first();
}

/** When the alarm should wake the worker next: the earliest open job, or null. */
export async function nextWakeAt(db: LeadClipDb): Promise<number | null> {
  const job = await db.crmJobs.orderBy('nextAttemptAt').filter((each) => OPEN.includes(each.status)).first();
  return job?.nextAttemptAt ?? null;
}

/**
 * Runs every due job, one at a time (one CRM's rate window is shared by all of them), until none
 * is due; returns when the next one is. Jobs of a CRM that is no longer connected stop and ask
 * the rep to reconnect.
 */
export async function drainOutbox(db: LeadClipDb, adapterFor: (kind: CrmKind) => Promise<CrmAdapter | null>, now: () => number): Promise<number | null> {
  for (let job = await nextDueJob(db, now()); job; job = await nextDueJob(db, now())) {
    await runCrmJob(db, job, await adapterFor(job.crm), now);
  }
  return nextWakeAt(db);
}
