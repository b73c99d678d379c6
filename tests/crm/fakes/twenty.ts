// A stateful fake of Twenty's REST API, just the calls the adapter makes, with Twenty's
// `filter` grammar for the operators it uses (eq, ilike, in, and(…)).
import { type FakeCrmCore, type FakeRecord, type Route, json, merge, on, pick } from './core';

const TABLES: Record<string, { table: string; one: string; many: string }> = {
  people: { table: 'people', one: 'Person', many: 'people' },
  companies: { table: 'companies', one: 'Company', many: 'companies' },
  opportunities: { table: 'opportunities', one: 'Opportunity', many: 'opportunities' },
  notes: { table: 'notes', one: 'Note', many: 'notes' },
  noteTargets: { table: 'noteTargets', one: 'NoteTarget', many: 'noteTargets' },
  workspaceMembers: { table: 'workspaceMembers', one: 'WorkspaceMember', many: 'workspaceMembers' },
};

const view = (record: FakeRecord) => ({ id: record.id, ...record.data });

/** `field[op]:value`, `and(a,b)`; values are JSON strings or bracketed lists of them. */
export function matches(filter: string, data: Record<string, unknown> & { id: string }): boolean {
  const and = /^and\((.*)\)$/.exec(filter);
  if (and) return splitTop(and[1]!).every((part) => matches(part, data));
  const clause = /^([\w.]+)\[(eq|ilike|in)\]:(.*)$/.exec(filter);
  if (!clause) throw new Error(`unsupported filter ${filter}`);
  const [, path, op, raw] = clause as unknown as [string, string, string, string];
  const actual = path === 'id' ? data.id : pick(data, path);
  if (op === 'in') return (JSON.parse(raw) as string[]).includes(String(actual));
  const wanted = JSON.parse(raw) as string;
  if (op === 'eq') return actual === wanted;
  const pattern = new RegExp(`^${wanted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%/g, '.*')}$`, 'i');
  return typeof actual === 'string' && pattern.test(actual);
}

function splitTop(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '"' && text[i - 1] !== '\\') quoted = !quoted;
    if (quoted) continue;
    if (char === '(' || char === '[') depth += 1;
    if (char === ')' || char === ']') depth -= 1;
    if (char === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

export function twentyRoutes(): Route[] {
  return [
    on('GET', '/rest/:object', ({ object }, _request, url, core) => {
      const spec = TABLES[object!];
      if (!spec) return null;
      const filter = url.searchParams.get('filter');
      const limit = Number(url.searchParams.get('limit') ?? 60);
      // Twenty's filtered lists go through the same index a fresh record may not be in yet.
      const rows = (filter ? core.searchable(spec.table) : core.all(spec.table)).map(view).filter((row) => !filter || matches(filter, row));
      return json(200, { data: { [spec.many]: rows.slice(0, limit) }, totalCount: rows.length });
    }),
    on('GET', '/rest/:object/:id', ({ object, id }, _request, _url, core) => {
      const spec = TABLES[object!];
      const record = spec && core.table(spec.table).get(id!);
      if (!spec || !record) return json(404, { messages: ['Record not found'] });
      return json(200, { data: { [spec.one[0]!.toLowerCase() + spec.one.slice(1)]: view(record) } });
    }),
    on('POST', '/rest/:object', async ({ object }, request, _url, core) => {
      const spec = TABLES[object!]!;
      const record = core.insert(spec.table, (await request.json()) as Record<string, unknown>, core.now());
      return core.answerCreate(json(201, { data: { [`create${spec.one}`]: view(record) } }));
    }),
    on('PATCH', '/rest/:object/:id', async ({ object, id }, request, _url, core) => {
      const spec = TABLES[object!]!;
      const record = core.table(spec.table).get(id!);
      if (!record) return json(404, { messages: ['Record not found'] });
      record.data = merge(record.data, (await request.json()) as Record<string, unknown>);
      return json(200, { data: { [`update${spec.one}`]: view(record) } });
    }),
  ];
}

export function seedTwenty(core: FakeCrmCore): void {
  core.insert('workspaceMembers', { name: { firstName: 'Dana', lastName: 'Ortiz' }, userEmail: 'dana@acme.example' });
  core.insert('workspaceMembers', { name: { firstName: 'Lee', lastName: 'Park' }, userEmail: 'lee@acme.example' });
}
