// Keeps the leadFacts table (one small record per lead, lib/metrics/lead-facts.ts) in step with
// the leads and activities it sums up, for every writer at once.
//
// A Dexie middleware on the database core: every transaction that may write leads or activities
// also gets both tables and the leadFacts table, and every write of a lead or an activity updates the
// facts of the leads it touched in that same transaction. So the facts commit or roll back with
// the records, and no code path has to remember them.
//
// Per write:
// - a lead added or put: its own fields are replaced in its facts, which keep their activity part;
//   a lead with no facts yet starts with an empty history, unless its activities were written in
//   the same transaction, in which case its facts are recomputed from the database;
// - an activity added, put or deleted: its lead's facts are recomputed from the lead and all its
//   activities (the [leadId+at] index);
// - a lead deleted: its facts go too.
import type {
  DBCore,
  DBCoreKeyRange,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import { type LeadFacts, leadFactsOf, leadPart } from '../metrics/lead-facts';
import type { Activity, Lead } from '../schema';

export const LEAD_FACTS = 'leadFacts';

interface Pending {
  /** Facts updates of this transaction, one after the other: each reads what the last wrote. */
  queue: Promise<unknown>;
  /** Leads whose activities this transaction has written. */
  activitiesOf: Set<string>;
}

export const leadFactsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'LeadFacts',
  create(down) {
    // A database opened at a version before the table existed (migration tests) is left alone.
    if (!down.schema.tables.some((table) => table.name === LEAD_FACTS)) return {};
    const facts = down.table(LEAD_FACTS);
    const leads = down.table('leads');
    const activities = down.table('activities');
    const byLeadAt = activities.schema.getIndexByKeyPath(['leadId', 'at'])!;
    const pending = new WeakMap<DBCoreTransaction, Pending>();

    function pendingOf(trans: DBCoreTransaction): Pending {
      let state = pending.get(trans);
      if (!state) pending.set(trans, (state = { queue: Promise.resolve(), activitiesOf: new Set() }));
      return state;
    }

    /** Runs `work` after the facts updates already queued in the transaction. */
    function enqueue<T>(trans: DBCoreTransaction, work: () => Promise<T>): Promise<T> {
      const state = pendingOf(trans);
      const result = state.queue.then(work);
      state.queue = result.catch(() => undefined);
      return result;
    }

    async function recompute(trans: DBCoreTransaction, ids: string[]): Promise<void> {
      if (ids.length === 0) return;
      const [found, ...histories] = await Promise.all([
        leads.getMany({ trans, keys: ids }) as Promise<(Lead | undefined)[]>,
        ...ids.map((id) =>
          activities.query({ trans, values: true, query: { index: byLeadAt, range: between([id, down.MIN_KEY], [id, down.MAX_KEY]) } }),
        ),
      ]);
      const rows: LeadFacts[] = [];
      const gone: string[] = [];
      ids.forEach((id, i) => {
        const lead = found[i];
        if (lead) rows.push(leadFactsOf(lead, histories[i]!.result as Activity[]));
        else gone.push(id);
      });
      await Promise.all([write(trans, rows), gone.length ? facts.mutate({ type: 'delete', trans, keys: gone }) : null]);
    }

    function write(trans: DBCoreTransaction, rows: LeadFacts[]): Promise<unknown> | null {
      return rows.length ? facts.mutate({ type: 'put', trans, values: rows, keys: rows.map((row) => row.id) }) : null;
    }

    async function leadsWritten(req: DBCoreMutateRequest, res: DBCoreMutateResponse): Promise<void> {
      const { trans } = req;
      if (req.type === 'delete') {
        await facts.mutate({ type: 'delete', trans, keys: req.keys });
        return;
      }
      if (req.type === 'deleteRange') {
        await facts.mutate({ type: 'deleteRange', trans, range: req.range });
        return;
      }
      const written = succeeded(req.values as Lead[], res);
      const { activitiesOf } = pendingOf(trans);
      const stored = req.type === 'put' ? ((await facts.getMany({ trans, keys: written.map((lead) => lead.id) })) as (LeadFacts | undefined)[]) : [];
      const rows: LeadFacts[] = [];
      const stale: string[] = [];
      written.forEach((lead, i) => {
        const before = stored[i];
        if (activitiesOf.has(lead.id)) stale.push(lead.id);
        else if (before) rows.push({ ...before, ...leadPart(lead) });
        else rows.push(leadFactsOf(lead, []));
      });
      await Promise.all([write(trans, rows), recompute(trans, stale)]);
    }

    function activitiesWritten(req: DBCoreMutateRequest, res: DBCoreMutateResponse, before: Activity[] | null): Promise<void> {
      if (req.type === 'add' || req.type === 'put') return recompute(req.trans, leadIdsOf(succeeded(req.values as Activity[], res)));
      if (before) return recompute(req.trans, leadIdsOf(before));
      return clearedAllActivities(req.trans);
    }

    /** Every activity deleted (a clear): every lead's facts keep only their lead part. */
    async function clearedAllActivities(trans: DBCoreTransaction): Promise<void> {
      const { result } = await facts.query({ trans, values: true, query: { index: facts.schema.primaryKey, range: ANY } });
      const rows = (result as LeadFacts[]).map(({ revenue: _, ...row }): LeadFacts => ({ ...row, flags: 0, changeAt: [], changeFrom: [] }));
      await write(trans, rows);
    }

    return {
      ...down,
      transaction(stores, mode, options) {
        // Facts are recomputed from the lead and its activities, so a writer of either gets both.
        const writesFacts = mode === 'readwrite' && (stores.includes('leads') || stores.includes('activities'));
        return down.transaction(writesFacts ? [...new Set([...stores, 'leads', 'activities', LEAD_FACTS])] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name === 'leads') {
          return { ...table, mutate: (req) => mutateThen(table, req, null, (res) => leadsWritten(req, res)) };
        }
        if (name !== 'activities') return table;
        return {
          ...table,
          mutate(req) {
            const { activitiesOf } = pendingOf(req.trans);
            if (req.type === 'add' || req.type === 'put') for (const activity of req.values as Activity[]) activitiesOf.add(activity.leadId);
            // Which leads lose activities is read before the delete, in the same request order.
            const before = deletedActivities(table, req);
            return mutateThen(table, req, before, async (res) => {
              const removed = before && (await before);
              if (removed) for (const activity of removed) activitiesOf.add(activity.leadId);
              await activitiesWritten(req, res, removed);
            });
          },
        };
      },
    };

    /**
     * The write goes to the database at once, so that requests keep the order they were made in;
     * its facts update waits for the ones queued before it, and the caller for both.
     */
    function mutateThen(
      table: DBCoreTable,
      req: DBCoreMutateRequest,
      before: Promise<unknown> | null,
      then: (res: DBCoreMutateResponse) => Promise<void>,
    ): Promise<DBCoreMutateResponse> {
      const done = table.mutate(req);
      // A failed read before the write must not go unobserved while the write is awaited.
      before?.catch(() => undefined);
      return enqueue(req.trans, async () => {
        const res = await done;
        await then(res);
        return res;
      });
    }
  },
};

const ANY: DBCoreKeyRange = { type: 3 /* DBCoreRangeType.Any */, lower: -Infinity, upper: [[]] };

function between(lower: unknown, upper: unknown): DBCoreKeyRange {
  return { type: 2 /* DBCoreRangeType.Range */, lower, upper, lowerOpen: false, upperOpen: false };
}

/** The activities a delete will remove, read before it; null for a clear of the whole table. */
function deletedActivities(table: DBCoreTable, req: DBCoreMutateRequest): Promise<Activity[]> | null {
  if (req.type === 'delete') {
    return table.getMany({ trans: req.trans, keys: req.keys }).then((rows: (Activity | undefined)[]) => rows.filter((row) => row !== undefined));
  }
  if (req.type === 'deleteRange' && req.range.type !== 3) {
    return table.query({ trans: req.trans, values: true, query: { index: table.schema.primaryKey, range: req.range } }).then((res) => res.result as Activity[]);
  }
  return null;
}

/** The values whose write did not fail (a bulk write reports failures by position). */
function succeeded<T>(values: readonly T[], res: DBCoreMutateResponse): T[] {
  return res.numFailures ? values.filter((_, i) => !res.failures[i]) : [...values];
}

function leadIdsOf(activities: readonly Activity[]): string[] {
  return [...new Set(activities.map((activity) => activity.leadId))];
}
