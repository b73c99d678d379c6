// One set of flow tests run against each CRM's stateful fake (issue 14): whatever the faults, one
// send makes exactly one person, one company and one deal, and every field the CRM already had is
// left as it was. The clock is the test's: a wait for Retry-After or a lagging index moves it on.
import { openDatabase } from '@/lib/db';
import type { AdapterFactory, CrmAdapter, PersonFields } from '@/lib/crm/adapter';
import { cancelCrmJob, drainOutbox, enqueueCrmHandoff, retryCrmJob } from '@/lib/crm/outbox';
import type { CrmJob, CrmKind } from '@/lib/schema';
import { answerChecklist } from '@/lib/store/checklists';
import { captureLead } from '@/lib/store/capture';
import { defaultTemplate } from '@/lib/templates';
import { freshDatabase } from '../helpers/db';
import { gmailDraft } from '../helpers/fixtures';
import { FakeCrmCore, type Route } from './fakes/core';

export const TOKEN = 'test-token-7f3a9c';
export const NOW = Date.UTC(2026, 10, 20, 14, 10);

export interface FlowSubject {
  kind: CrmKind;
  baseUrl: string;
  factory: AdapterFactory;
  routes: () => Route[];
  seed: (core: FakeCrmCore) => void;
  tables: { person: string; company: string; deal: string };
  /** Puts a person the CRM already holds into the fake; returns its id. */
  seedPerson: (core: FakeCrmCore, person: Partial<PersonFields>) => string;
  /** The deal's amount as the fake stored it. */
  dealAmount: (core: FakeCrmCore) => number | null;
  /** The owner new records get (one of the fake's seeded users). */
  ownerId: string;
  /** Whether the CRM has a LinkedIn field LeadClip searches (Pipedrive has none). */
  searchesLinkedIn: boolean;
  /** How the CRM spells record ids (HubSpot and Pipedrive: numbers). */
  ids?: (table: string, n: number) => string;
}

export interface Flow {
  core: FakeCrmCore;
  adapter: CrmAdapter;
  db: ReturnType<typeof openDatabase>;
  leadId: string;
  clock: { now: number };
  send: () => Promise<CrmJob>;
  drain: () => Promise<CrmJob>;
}

export async function setupFlow(subject: FlowSubject, routes = subject.routes()): Promise<Flow> {
  const clock = { now: NOW };
  const now = () => clock.now;
  const core = new FakeCrmCore(now, TOKEN, subject.ids);
  subject.seed(core);
  const adapter = subject.factory(
    { kind: subject.kind, token: TOKEN, baseUrl: subject.baseUrl },
    { fetch: core.fetcher(routes), now },
    { sleep: async (ms) => void (clock.now += ms) },
  );
  const db = freshDatabase();
  const { leadId } = await captureLead(db, gmailDraft({ linkedinUrl: 'https://www.linkedin.com/in/priya-raman/' }), NOW - 5 * 60_000);
  await db.leads.update(leadId, { budget: { amount: 48_000, currency: 'USD' } });
  for (const item of defaultTemplate().items) await answerChecklist(db, { leadId, itemId: item.id, value: 'yes', note: null }, NOW - 60_000);

  const drain = async (): Promise<CrmJob> => {
    for (let round = 0; round < 60; round += 1) {
      const next = await drainOutbox(db, async () => adapter, now);
      if (next === null) break;
      clock.now = Math.max(clock.now, next);
    }
    return (await db.crmJobs.toCollection().last())!;
  };
  const send = async () => {
    await enqueueCrmHandoff(db, { id: leadId, note: 'Handoff: Priya Raman — Northwind Logistics\nBudget: 48,000 USD', format: 'text' }, subject.kind, { ownerId: subject.ownerId, pipelineId: null, stageId: null }, now());
    return drain();
  };
  return { core, adapter, db, leadId, clock, send, drain };
}

export async function expectExactlyOne(flow: Flow, subject: FlowSubject, job: CrmJob) {
  expect(job.status).toBe('done');
  expect(flow.core.count(subject.tables.person)).toBe(1);
  expect(flow.core.count(subject.tables.company)).toBe(1);
  expect(flow.core.count(subject.tables.deal)).toBe(1);
  const handoff = (await flow.db.handoffs.toArray())[0]!;
  expect(handoff).toMatchObject({ via: 'crm', crm: { kind: subject.kind, personId: job.steps.person!.id, dealId: job.steps.deal!.id } });
  expect((await flow.db.leads.get(flow.leadId))?.stage).toBe('handed_off');
}

export function describeFlows(subject: FlowSubject): void {
  describe(`${subject.kind} flows`, () => {
    it('creates one person, one company and one deal with the budget as amount, notes on both', async () => {
      const flow = await setupFlow(subject);
      const job = await flow.send();
      await expectExactlyOne(flow, subject, job);
      expect(subject.dealAmount(flow.core)).toBe(48_000);
      const person = await flow.adapter.readPerson(job.steps.person!.id!);
      expect(person.fields).toMatchObject({ email: 'priya.raman@northwind-logistics.example', title: 'Head of Operations' });
      expect(person.companyId).toBe(job.steps.company!.id);
      expect(job.steps.notePerson?.id).toBeTruthy();
      expect(job.steps.noteDeal?.id).toBeTruthy();
      expect(job.differed).toStrictEqual([]);
    });

    it('fills only the empty fields of a person the CRM already has and lists what differed', async () => {
      const flow = await setupFlow(subject);
      const id = subject.seedPerson(flow.core, { email: 'priya.raman@northwind-logistics.example', firstName: 'Priya', lastName: 'Raman', title: 'VP Operations' });
      const job = await flow.send();
      await expectExactlyOne(flow, subject, job);
      expect(job.steps.person!.id).toBe(id);
      const person = await flow.adapter.readPerson(id);
      expect(person.fields.title).toBe('VP Operations');
      expect(person.fields.phone).toBe('+14155550123');
      expect(job.differed).toStrictEqual([{ field: 'title', crm: 'VP Operations', lead: 'Head of Operations' }]);
    });

    // Pipedrive has no LinkedIn field to search.
    if (subject.searchesLinkedIn) it('finds the person by LinkedIn URL when the email is new to the CRM, keeping the email it has', async () => {
      const flow = await setupFlow(subject);
      const linkedinUrl = 'https://www.linkedin.com/in/priya-raman/';
      const id = subject.seedPerson(flow.core, { email: 'priya@previous-employer.example', firstName: 'Priya', lastName: 'Raman', linkedinUrl });
      const job = await flow.send();
      await expectExactlyOne(flow, subject, job);
      expect(job.steps.person!.id).toBe(id);
      expect((await flow.adapter.readPerson(id)).fields).toMatchObject({ email: 'priya@previous-employer.example', linkedinUrl, title: 'Head of Operations' });
      expect(job.differed).toStrictEqual([{ field: 'email', crm: 'priya@previous-employer.example', lead: 'priya.raman@northwind-logistics.example' }]);
    });

    it('sends nothing more once the rep cancels a waiting send, and records no handoff', async () => {
      const flow = await setupFlow(subject);
      flow.core.faults.serverErrors = 1;
      await enqueueCrmHandoff(flow.db, { id: flow.leadId, note: 'Handoff', format: 'text' }, subject.kind, { ownerId: null, pipelineId: null, stageId: null }, flow.clock.now);
      await drainOutbox(flow.db, async () => flow.adapter, () => flow.clock.now);
      const waiting = (await flow.db.crmJobs.toArray())[0]!;
      expect(waiting.status).toBe('waiting');
      await cancelCrmJob(flow.db, waiting.id, flow.clock.now);
      const sent = flow.core.log.length;
      flow.clock.now = waiting.nextAttemptAt;
      const job = await flow.drain();
      expect(job.status).toBe('cancelled');
      expect(flow.core.log.length).toBe(sent);
      expect(await flow.db.handoffs.count()).toBe(0);
    });

    it('finds the record of a create whose answer was lost, even while the search index lags', async () => {
      const flow = await setupFlow(subject);
      flow.core.faults.searchLagMs = flow.adapter.searchLagMs;
      flow.core.faults.dropCreateAnswers = 1;
      const job = await flow.send();
      await expectExactlyOne(flow, subject, job);
    });

    it('loses the answer of every kind of create once and still writes each record once', async () => {
      const flow = await setupFlow(subject);
      flow.core.faults.searchLagMs = flow.adapter.searchLagMs;
      for (let step = 0; step < 6; step += 1) {
        flow.core.faults.dropCreateAnswers = 1;
        await flow.drain();
        if (step === 0) await flow.send();
      }
      const job = await flow.drain();
      await expectExactlyOne(flow, subject, job);
    });

    it.each([
      ['seconds', '7', 7_000],
      ['an HTTP date', new Date(NOW + 12_000).toUTCString(), 12_000],
    ])('waits out a 429 with Retry-After in %s before sending anything else', async (_kind, retryAfter, waitMs) => {
      const flow = await setupFlow(subject);
      flow.core.faults.rateLimited = { count: 1, retryAfter };
      const job = await flow.send();
      await expectExactlyOne(flow, subject, job);
      const limited = flow.core.log.find((entry) => entry.status === 429)!;
      const after = flow.core.log.filter((entry) => entry.at > limited.at || (entry !== limited && flow.core.log.indexOf(entry) > flow.core.log.indexOf(limited)));
      expect(after.length).toBeGreaterThan(0);
      expect(Math.min(...after.map((entry) => entry.at))).toBeGreaterThanOrEqual(limited.at + waitMs);
    });

    it('backs off after 5xx answers and finishes once the CRM recovers', async () => {
      const flow = await setupFlow(subject);
      flow.core.faults.serverErrors = 3;
      const job = await flow.send();
      await expectExactlyOne(flow, subject, job);
      expect(flow.core.statuses(503)).toBe(3);
      expect(job.attempts).toBe(4);
    });

    it('stops on a revoked token, asks to reconnect, and finishes once after Retry', async () => {
      const flow = await setupFlow(subject);
      flow.core.faults.revoked = true;
      const stopped = await flow.send();
      expect(stopped.status).toBe('needs_reconnect');
      expect(stopped.lastError).toMatch(/Reconnect in Options → Integrations/);
      expect(stopped.lastError).not.toContain(TOKEN);
      expect(await flow.db.handoffs.count()).toBe(0);
      expect((await flow.db.leads.get(flow.leadId))?.stage).not.toBe('handed_off');
      flow.core.faults.revoked = false;
      await retryCrmJob(flow.db, stopped.id, flow.clock.now);
      await expectExactlyOne(flow, subject, await flow.drain());
    });
  });
}
