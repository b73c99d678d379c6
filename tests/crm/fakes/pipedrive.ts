// A stateful fake of the Pipedrive calls the adapter makes: v2 persons, organizations, deals,
// pipelines, stages and their search (which lags); v1 users, leads and notes.
import { type FakeCrmCore, type FakeRecord, type Route, json, merge, on } from './core';

const ok = (data: unknown, status = 200) => json(status, { success: true, data });
const view = (record: FakeRecord) => ({ id: /^\d+$/.test(record.id) ? Number(record.id) : record.id, ...record.data });
const V2: Record<string, string> = { persons: 'persons', organizations: 'organizations', deals: 'deals' };

function searchHits(core: FakeCrmCore, table: string, term: string, field: string) {
  return core.searchable(table).filter((record) => {
    if (field === 'email') return ((record.data.emails as { value: string }[] | undefined) ?? []).some((each) => each.value.toLowerCase() === term.toLowerCase());
    return String(record.data[field] ?? '').toLowerCase() === term.toLowerCase();
  });
}

const byParam = (core: FakeCrmCore, table: string, url: URL, keys: string[]) =>
  core.all(table).filter((record) => keys.every((key) => !url.searchParams.has(key) || String(record.data[key]) === url.searchParams.get(key)));

export function pipedriveRoutes(): Route[] {
  return [
    on('GET', '/api/v1/users/me', () => ok({ id: 7001, name: 'Dana Ortiz', email: 'dana@acme.example', company_name: 'Acme Freight', company_domain: 'acmefreight' })),
    on('GET', '/api/v1/users', () => ok([{ id: 7001, name: 'Dana Ortiz', email: 'dana@acme.example', active_flag: true }])),
    on('GET', '/api/v2/pipelines', () => ok([{ id: 1, name: 'Sales' }])),
    on('GET', '/api/v2/stages', () => ok([{ id: 11, name: 'Qualified', pipeline_id: 1 }])),
    on('GET', '/api/v2/:object/search', ({ object }, _r, url, core) => {
      const hits = searchHits(core, V2[object!]!, url.searchParams.get('term') ?? '', url.searchParams.get('fields') ?? 'name');
      return ok({ items: hits.map((record) => ({ result_score: 1, item: { id: Number(record.id), name: record.data.name } })) });
    }),
    on('GET', '/api/v2/persons/:id', ({ id }, _r, _u, core) => {
      const record = core.table('persons').get(id!);
      return record ? ok(view(record)) : json(404, { success: false, error: 'Person not found' });
    }),
    on('GET', '/api/v2/deals', (_p, _r, url, core) => ok(byParam(core, 'deals', url, ['person_id']).map(view))),
    on('GET', '/api/v1/leads', (_p, _r, url, core) => ok(byParam(core, 'leads', url, ['person_id']).map(view))),
    on('GET', '/api/v1/notes', (_p, _r, url, core) => ok(byParam(core, 'notes', url, ['person_id', 'deal_id', 'lead_id']).map(view))),
    on('POST', '/api/:version/:object', async ({ object }, request, _u, core) => {
      if (!['persons', 'organizations', 'deals', 'leads', 'notes'].includes(object!)) return null;
      const record = core.insert(object!, (await request.json()) as Record<string, unknown>, core.now());
      return core.answerCreate(ok(view(record), 201));
    }),
    on('PATCH', '/api/v2/:object/:id', async ({ object, id }, request, _u, core) => {
      const record = core.table(object!).get(id!);
      if (!record) return json(404, { success: false, error: 'Not found' });
      record.data = merge(record.data, (await request.json()) as Record<string, unknown>);
      return ok(view(record));
    }),
  ];
}

/** Leads are UUIDs in Pipedrive; everything else counts up. */
export const pipedriveIds = (table: string, n: number) => (table === 'leads' ? `adf21080-0e10-11eb-879b-05d71fb426${String(n).padStart(2, '0')}` : String(n));

export const seedPipedrive = (): void => undefined;
