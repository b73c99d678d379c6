// CRM handoff figures (issue 14), measured in Node against a fake Twenty served on 127.0.0.1 with
// the product's own outbox, recipe and adapter over real HTTP, and an IndexedDB from fake-indexeddb.
// - crm.handoff.own_ms: one lead from "Hand off" to the recorded handoff, minus the time spent
//   waiting on the CRM's answers (LeadClip's own time). Budget < 1 s.
// - crm.drain.*: 100 queued handoffs against a fake that enforces a rate window (50 requests a
//   second here, the adapter told the same window): how long the queue takes, the request rate it
//   reached, and how many 429s it drew (budget: none beyond a stray one; a storm is many).
// Run alone with `npx tsx tests/bench/crm.ts`.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { CrmAdapter } from '@/lib/crm/adapter';
import { createTwentyAdapter } from '@/lib/crm/twenty';
import { drainOutbox, enqueueCrmHandoff } from '@/lib/crm/outbox';
import { openDatabase } from '@/lib/db';
import { answerChecklist } from '@/lib/store/checklists';
import { captureLead } from '@/lib/store/capture';
import { defaultTemplate } from '@/lib/templates';
import { FakeCrmCore } from '../crm/fakes/core';
import { serveFake } from '../crm/fakes/serve';
import { seedTwenty, twentyRoutes } from '../crm/fakes/twenty';
import { gmailDraft } from '../helpers/fixtures';
import { type Result, printTable, round } from './report';

const TOKEN = 'bench-twenty-key-0000';
const WINDOW = { units: 50, windowMs: 1_000 };
const QUEUED = 100;

async function qualifiedLeads(count: number) {
  const db = openDatabase(`crm-bench-${count}-${Date.now()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const ids: string[] = [];
  for (let n = 0; n < count; n += 1) {
    const { leadId } = await captureLead(db, gmailDraft({ fullName: `Bench Lead ${n}`, emails: [`lead${n}@northwind-logistics.example`], phones: [] }), Date.now());
    for (const item of defaultTemplate().items) await answerChecklist(db, { leadId, itemId: item.id, value: 'yes', note: null }, Date.now());
    ids.push(leadId);
  }
  return { db, ids };
}

async function withFake<T>(window: typeof WINDOW | null, run: (adapter: CrmAdapter, core: FakeCrmCore, waited: () => number) => Promise<T>): Promise<T> {
  const core = new FakeCrmCore(() => Date.now(), TOKEN);
  seedTwenty(core);
  core.faults.window = window;
  const served = await serveFake(core.handler(twentyRoutes()));
  let waiting = 0;
  const timed = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const started = performance.now();
    try {
      return await fetch(input, init);
    } finally {
      waiting += performance.now() - started;
    }
  }) as typeof fetch;
  try {
    const adapter = createTwentyAdapter({ kind: 'twenty', token: TOKEN, baseUrl: served.origin }, { fetch: timed, now: () => Date.now() }, window ? { limit: window } : {});
    return await run(adapter, core, () => waiting);
  } finally {
    await served.close();
  }
}

async function drainAll(db: Awaited<ReturnType<typeof qualifiedLeads>>['db'], adapter: CrmAdapter) {
  for (let next = await drainOutbox(db, async () => adapter, Date.now); next !== null; next = await drainOutbox(db, async () => adapter, Date.now)) {
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - Date.now())));
  }
}

async function oneHandoff(): Promise<Result> {
  const { db, ids } = await qualifiedLeads(1);
  return withFake(null, async (adapter, core, waited) => {
    const started = performance.now();
    await enqueueCrmHandoff(db, { id: ids[0]!, note: 'Handoff: Bench Lead 0', format: 'text' }, 'twenty', { ownerId: null, pipelineId: null, stageId: null }, Date.now());
    await drainAll(db, adapter);
    const total = performance.now() - started;
    const done = (await db.handoffs.count()) === 1;
    const own = round(total - waited(), 1);
    return {
      name: 'crm.handoff.own_ms',
      value: done ? own : null,
      unit: 'ms',
      budget: '< 1000 ms',
      pass: done && own < 1000,
      note: `${core.log.length} requests; ${round(total, 1)} ms in all, of which ${round(waited(), 1)} ms waiting on the fake CRM`,
    };
  });
}

async function queuedHandoffs(): Promise<Result[]> {
  const { db, ids } = await qualifiedLeads(QUEUED);
  return withFake(WINDOW, async (adapter, core) => {
    for (const id of ids) await enqueueCrmHandoff(db, { id, note: 'Handoff', format: 'text' }, 'twenty', { ownerId: null, pipelineId: null, stageId: null }, Date.now());
    const started = performance.now();
    await drainAll(db, adapter);
    const seconds = (performance.now() - started) / 1000;
    const sent = await db.handoffs.count();
    const limited = core.statuses(429);
    const rate = core.log.length / seconds;
    const floor = core.log.length / WINDOW.units;
    return [
      { name: 'crm.drain.100.seconds', value: sent === QUEUED ? round(seconds, 1) : null, unit: 's', budget: `>= ${round(floor, 1)} s (the window's floor)`, pass: null, note: `${sent}/${QUEUED} handed off, ${core.log.length} requests` },
      { name: 'crm.drain.100.rate', value: round(rate, 1), unit: 'req/s', budget: `<= ${WINDOW.units} req/s (the fake's window)`, pass: rate <= WINDOW.units },
      { name: 'crm.drain.100.429s', value: limited, unit: 'responses', budget: '<= 1 (no 429 storm)', pass: limited <= 1 && sent === QUEUED },
    ];
  });
}

export async function crmFigures(): Promise<Result[]> {
  return [await oneHandoff(), ...(await queuedHandoffs())];
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(printTable(await crmFigures()));
