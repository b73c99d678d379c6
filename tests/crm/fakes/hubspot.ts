// A stateful fake of the HubSpot calls the adapter makes: v3 objects and search, v4 associations,
// owners, pipelines, account details; a contact's email is unique (409 "Existing ID: N").
import { type FakeCrmCore, type FakeRecord, type Route, json, on } from './core';

const view = (record: FakeRecord, properties?: string[]) => ({
  id: record.id,
  properties: properties ? Object.fromEntries(properties.map((name) => [name, (record.data[name] as string | undefined) ?? null])) : record.data,
});

const associate = (core: FakeCrmCore, from: string, fromId: string, to: string, toId: string) => {
  const exists = core.all('associations').some((a) => a.data.from === `${from}:${fromId}` && a.data.to === `${to}:${toId}`);
  if (!exists) {
    core.insert('associations', { from: `${from}:${fromId}`, to: `${to}:${toId}` });
    core.insert('associations', { from: `${to}:${toId}`, to: `${from}:${fromId}` });
  }
};

const TYPE_TARGET: Record<number, string> = { 202: 'contacts', 214: 'deals', 3: 'contacts', 5: 'companies' };

export function hubspotRoutes(): Route[] {
  return [
    on('GET', '/account-info/v3/details', () => json(200, { portalId: 4_417_552, accountType: 'STANDARD', uiDomain: 'app.hubspot.com', timeZone: 'US/Eastern', companyCurrency: 'USD' })),
    on('GET', '/crm/v3/owners', (_p, _r, _u, core) => json(200, { results: core.all('owners').map((owner) => ({ id: owner.id, ...owner.data })) })),
    on('GET', '/crm/v3/pipelines/deals', () => json(200, { results: [{ id: 'default', label: 'Sales Pipeline', stages: [{ id: 'appointmentscheduled', label: 'Appointment Scheduled' }, { id: 'qualifiedtobuy', label: 'Qualified To Buy' }] }] })),
    on('POST', '/crm/v3/objects/:object/search', async ({ object }, request, _u, core) => {
      const body = (await request.json()) as { filterGroups: { filters: { propertyName: string; value: string }[] }[]; properties: string[]; limit: number };
      const filters = body.filterGroups[0]!.filters;
      const hits = core.searchable(object!).filter((record) => filters.every((f) => String(record.data[f.propertyName] ?? '').toLowerCase() === f.value.toLowerCase()));
      return json(200, { total: hits.length, results: hits.slice(0, body.limit).map((record) => view(record, body.properties)) });
    }),
    on('POST', '/crm/v3/objects/:object/batch/read', async ({ object }, request, _u, core) => {
      const body = (await request.json()) as { inputs: { id: string }[]; properties: string[] };
      const found = body.inputs.map((input) => core.table(object!).get(input.id)).filter((record): record is FakeRecord => Boolean(record));
      return json(200, { status: 'COMPLETE', results: found.map((record) => view(record, body.properties)) });
    }),
    on('GET', '/crm/v3/objects/:object/:id', ({ object, id }, _r, url, core) => {
      const byEmail = url.searchParams.get('idProperty') === 'email';
      const record = byEmail ? core.all(object!).find((each) => String(each.data.email).toLowerCase() === id!.toLowerCase()) : core.table(object!).get(id!);
      if (!record) return json(404, { status: 'error', message: 'Object not found.', category: 'OBJECT_NOT_FOUND' });
      return json(200, view(record, url.searchParams.get('properties')?.split(',')));
    }),
    on('POST', '/crm/v3/objects/:object', async ({ object }, request, _u, core) => {
      const body = (await request.json()) as { properties: Record<string, string>; associations?: { to: { id: string }; types: { associationTypeId: number }[] }[] };
      if (object === 'contacts' && body.properties.email) {
        const existing = core.all('contacts').find((each) => String(each.data.email).toLowerCase() === body.properties.email!.toLowerCase());
        if (existing) return json(409, { status: 'error', message: `Contact already exists. Existing ID: ${existing.id}`, category: 'CONFLICT' });
      }
      const record = core.insert(object!, { ...body.properties, ...(object === 'contacts' && body.properties.email ? { email: body.properties.email.toLowerCase() } : {}) }, core.now());
      for (const spec of body.associations ?? []) associate(core, object!, record.id, TYPE_TARGET[spec.types[0]!.associationTypeId]!, spec.to.id);
      return core.answerCreate(json(201, view(record)));
    }),
    on('PATCH', '/crm/v3/objects/:object/:id', async ({ object, id }, request, _u, core) => {
      const record = core.table(object!).get(id!);
      if (!record) return json(404, { status: 'error', message: 'Object not found.' });
      record.data = { ...record.data, ...((await request.json()) as { properties: Record<string, string> }).properties };
      return json(200, view(record));
    }),
    on('PUT', '/crm/v4/objects/contacts/:id/associations/default/companies/:companyId', ({ id, companyId }, _r, _u, core) => {
      associate(core, 'contacts', id!, 'companies', companyId!);
      const contact = core.table('contacts').get(id!);
      if (contact && !contact.data.associatedcompanyid) contact.data.associatedcompanyid = companyId;
      return json(200, { status: 'COMPLETE', results: [{ from: { id }, to: { id: companyId }, associationSpec: { associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 1 } }] });
    }),
    on('GET', '/crm/v4/objects/:from/:id/associations/:to', ({ from, id, to }, _r, _u, core) => {
      const prefix = `${to}:`;
      const results = core
        .all('associations')
        .filter((a) => a.data.from === `${from}:${id}` && String(a.data.to).startsWith(prefix))
        .map((a) => ({ toObjectId: Number(String(a.data.to).slice(prefix.length)), associationTypes: [{ category: 'HUBSPOT_DEFINED', typeId: 1, label: null }] }));
      return json(200, { results });
    }),
  ];
}

export function seedHubSpot(core: FakeCrmCore): void {
  core.insert('owners', { email: 'dana@acme.example', firstName: 'Dana', lastName: 'Ortiz' });
}

export const hubspotIds = (_table: string, n: number) => String(100_000 + n);
