// A stateful fake of the Attio calls the adapter makes: record query, assert, create, update and
// get for people, companies and deals; notes; workspace members; deal stage statuses; /self.
// Values are stored as Attio reads them back: every attribute a list of value objects.
import { type FakeRecord, type Route, json, on } from './core';

const view = (record: FakeRecord) => ({ id: { workspace_id: 'ws-1', object_id: 'obj', record_id: record.id }, created_at: new Date(record.createdAt).toISOString(), values: record.data });

const WRAP: Record<string, (value: unknown) => Record<string, unknown>> = {
  email_addresses: (value) => ({ email_address: value }),
  domains: (value) => ({ domain: value }),
  job_title: (value) => ({ value }),
  linkedin: (value) => ({ value }),
  value: (value) => ({ currency_value: value }),
  owner: (value) => ({ referenced_actor_type: 'workspace-member', referenced_actor_id: value }),
  stage: (value) => ({ status: { title: value } }),
};
/** Attributes that hold many values: a PATCH adds to them, a PUT (assert) replaces them. */
const MULTI = new Set(['email_addresses', 'domains', 'phone_numbers']);

function stored(values: Record<string, unknown>): Record<string, Record<string, unknown>[]> {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => {
      const list = Array.isArray(value) ? value : [value];
      const wrap = WRAP[key] ?? ((item: unknown) => (typeof item === 'object' ? (item as Record<string, unknown>) : { value: item }));
      return [key, list.map((item) => (typeof item === 'object' && item !== null && !WRAP[key] ? (item as Record<string, unknown>) : wrap(item)))];
    }),
  );
}

/** Does the record hold `wanted` in `attribute` (email, domain, name, LinkedIn)? */
function holds(record: FakeRecord, attribute: string, wanted: unknown): boolean {
  const cells = (record.data[attribute] as Record<string, unknown>[] | undefined) ?? [];
  const text = String(wanted).toLowerCase();
  return cells.some((cell) => ['email_address', 'domain', 'value'].some((key) => String(cell[key] ?? '').toLowerCase() === text));
}

export function attioRoutes(): Route[] {
  return [
    on('GET', '/v2/self', () => json(200, { active: true, workspace_id: 'ws-1', workspace_name: 'Acme Freight', workspace_slug: 'acme-freight', scope: 'record_permission:read-write' })),
    on('GET', '/v2/workspace_members', () => json(200, { data: [{ id: { workspace_id: 'ws-1', workspace_member_id: 'wm-dana' }, first_name: 'Dana', last_name: 'Ortiz', email_address: 'dana@acme.example', access_level: 'admin' }] })),
    on('GET', '/v2/objects/deals/attributes/stage/statuses', () => json(200, { data: [{ id: { status_id: 'st-1' }, title: 'Lead', is_archived: false }, { id: { status_id: 'st-2' }, title: 'Qualified', is_archived: false }] })),
    on('POST', '/v2/objects/:object/records/query', async ({ object }, request, _u, core) => {
      const body = (await request.json()) as { filter: Record<string, unknown>; limit: number };
      const hits = core.searchable(object!).filter((record) => Object.entries(body.filter).every(([attribute, wanted]) => holds(record, attribute, wanted)));
      return json(200, { data: hits.slice(0, body.limit).map(view) });
    }),
    on('GET', '/v2/objects/:object/records/:id', ({ object, id }, _r, _u, core) => {
      const record = core.table(object!).get(id!);
      return record ? json(200, { data: view(record) }) : json(404, { status_code: 404, type: 'invalid_request_error', code: 'not_found', message: 'Record not found' });
    }),
    on('PUT', '/v2/objects/:object/records', async ({ object }, request, url, core) => {
      const values = ((await request.json()) as { data: { values: Record<string, unknown> } }).data.values;
      const attribute = url.searchParams.get('matching_attribute')!;
      const key = (values[attribute] as unknown[])[0];
      // Assert matches on a unique attribute, which (unlike query) is never behind.
      const existing = core.all(object!).find((record) => holds(record, attribute, key));
      if (existing) {
        existing.data = { ...existing.data, ...stored(values) };
        return json(200, { data: view(existing) });
      }
      return core.answerCreate(json(200, { data: view(core.insert(object!, stored(values), core.now())) }));
    }),
    on('POST', '/v2/objects/:object/records', async ({ object }, request, _u, core) => {
      const values = ((await request.json()) as { data: { values: Record<string, unknown> } }).data.values;
      return core.answerCreate(json(200, { data: view(core.insert(object!, stored(values), core.now())) }));
    }),
    on('PATCH', '/v2/objects/:object/records/:id', async ({ object, id }, request, _u, core) => {
      const record = core.table(object!).get(id!);
      if (!record) return json(404, { status_code: 404, code: 'not_found', message: 'Record not found' });
      const patch = stored(((await request.json()) as { data: { values: Record<string, unknown> } }).data.values);
      for (const [key, cells] of Object.entries(patch)) record.data[key] = MULTI.has(key) ? [...((record.data[key] as unknown[]) ?? []), ...cells] : cells;
      return json(200, { data: view(record) });
    }),
    on('GET', '/v2/notes', (_p, _r, url, core) => {
      const notes = core.all('notes').filter((note) => note.data.parent_object === url.searchParams.get('parent_object') && note.data.parent_record_id === url.searchParams.get('parent_record_id'));
      return json(200, { data: notes.map((note) => ({ id: { workspace_id: 'ws-1', note_id: note.id }, ...note.data, content_plaintext: note.data.content })) });
    }),
    on('POST', '/v2/notes', async (_p, request, _u, core) => {
      const { data } = (await request.json()) as { data: Record<string, unknown> };
      const note = core.insert('notes', data, core.now());
      return core.answerCreate(json(200, { data: { id: { workspace_id: 'ws-1', note_id: note.id }, ...data, content_plaintext: data.content } }));
    }),
  ];
}

export const attioIds = (table: string, n: number) => `0b7e${String(n).padStart(4, '0')}-5d1a-4c3e-9f6a-${table.slice(0, 4).padEnd(4, '0')}00000000`;
