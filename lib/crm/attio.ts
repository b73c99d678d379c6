// Attio (https://api.attio.com/v2) with a workspace API key as Bearer: records of the people,
// companies and deals objects (query, assert, create, update), notes, workspace members, the deal
// stage's statuses and the token's own workspace (/self). People and companies are created with
// Attio's assert, matched on email and domain, so a create sent twice still makes one record.
import { z } from 'zod';
import type { AdapterFactory, CrmAdapter, FoundPerson, PersonFields, RecordRef } from './adapter';
import { RequestGate } from './gate';
import { CrmError, crmClient, messageOf } from './http';

/** Attio allows 100 reads and 25 writes a second; pacing everything as a write keeps under both. */
export const ATTIO_LIMIT = { units: 25, windowMs: 1_000 };

const RecordId = z.object({ record_id: z.string().min(1) });
const Cell = <T extends z.ZodRawShape>(shape: T) => z.array(z.object(shape).loose()).optional();
const AttioRecord = z.object({
  id: RecordId,
  values: z
    .object({
      name: z.array(z.object({ first_name: z.string().nullish(), last_name: z.string().nullish(), full_name: z.string().nullish(), value: z.string().nullish() }).loose()).optional(),
      email_addresses: Cell({ email_address: z.string() }),
      job_title: Cell({ value: z.string().nullish() }),
      phone_numbers: Cell({ original_phone_number: z.string().nullish() }),
      linkedin: Cell({ value: z.string().nullish() }),
      primary_location: Cell({ locality: z.string().nullish() }),
      company: Cell({ target_record_id: z.string() }),
      associated_people: Cell({ target_record_id: z.string() }),
    })
    .loose(),
});
type AttioRecord = z.infer<typeof AttioRecord>;
const Data = <T>(data: z.ZodType<T>) => z.object({ data }).transform((answer) => answer.data);
const Self = z.object({ active: z.boolean(), workspace_name: z.string().nullish(), workspace_slug: z.string().nullish() });
const Member = z.object({ id: z.object({ workspace_member_id: z.string() }), first_name: z.string().nullish(), last_name: z.string().nullish(), email_address: z.string().nullish() });
const Status = z.object({ id: z.object({ status_id: z.string() }), title: z.string(), is_archived: z.boolean().optional() });
const Note = z.object({ id: z.object({ note_id: z.string() }), content_plaintext: z.string().nullish() });

const Reference = z.object({ target_object: z.string(), target_record_id: z.string() }).strict();
const Values = z.record(z.string(), z.unknown());
const RecordWrite = z.object({ data: z.object({ values: Values }).strict() }).strict();
const QueryBody = z.object({ filter: z.record(z.string(), z.unknown()), limit: z.number().int().min(1).max(500) }).strict();
const NoteWrite = z
  .object({
    data: z.object({ parent_object: z.enum(['people', 'deals']), parent_record_id: z.string(), title: z.string(), format: z.enum(['plaintext', 'markdown']), content: z.string() }).strict(),
  })
  .strict();

const ref = (target_object: string, target_record_id: string) => [Reference.parse({ target_object, target_record_id })];

export const createAttioAdapter: AdapterFactory = (connection, transport, options = {}) => {
  const gate = new RequestGate(options.limit ?? ATTIO_LIMIT, options.sleep);
  const call = crmClient({ baseUrl: `${connection.baseUrl.replace(/\/$/, '')}/v2`, headers: { authorization: `Bearer ${connection.token}` }, gate, describe: messageOf }, transport);
  let self: Promise<z.infer<typeof Self>> | null = null;
  const whoAmI = () => (self ??= call({ method: 'GET', path: '/self', response: Self }).catch((error: unknown) => {
    self = null;
    throw error;
  }));
  const link = async (object: string, id: string): Promise<RecordRef> => ({ id, url: `https://app.attio.com/${(await whoAmI()).workspace_slug ?? 'workspace'}/${object}/${id}` });

  const query = async (object: string, filter: Record<string, unknown>, limit = 1) =>
    call({ method: 'POST', path: `/objects/${object}/records/query`, body: { filter, limit }, bodySchema: QueryBody, response: Data(z.array(AttioRecord)) });
  const write = async (method: 'POST' | 'PUT' | 'PATCH', path: string, values: Record<string, unknown>, queryParams?: Record<string, string>) =>
    call({ method, path, query: queryParams, body: { data: { values } }, bodySchema: RecordWrite, response: Data(AttioRecord) });

  const toFound = async (record: AttioRecord): Promise<FoundPerson> => {
    const { values } = record;
    const name = values.name?.[0];
    const fields: Partial<PersonFields> = {
      firstName: name?.first_name || null,
      lastName: name?.last_name || null,
      email: values.email_addresses?.[0]?.email_address || null,
      title: values.job_title?.[0]?.value || null,
      phone: values.phone_numbers?.[0]?.original_phone_number || null,
      linkedinUrl: values.linkedin?.[0]?.value || null,
      city: values.primary_location?.[0]?.locality || null,
    };
    return { ...(await link('person', record.id.record_id)), fields, name: name?.full_name ?? null, ownerId: null, companyId: values.company?.[0]?.target_record_id ?? null };
  };

  const adapter: CrmAdapter = {
    kind: 'attio',
    searchLagMs: 2_000,
    personFields: ['firstName', 'lastName', 'email', 'title', 'phone', 'linkedinUrl', 'city'],
    async testConnection() {
      const token = await whoAmI();
      if (!token.active) throw new CrmError('auth', 'Attio says this API key is no longer active. Reconnect with a new key in Options → Integrations.');
      return { account: `Attio workspace ${token.workspace_name ?? token.workspace_slug ?? ''}`.trim() };
    },
    async listOwners() {
      const members = await call({ method: 'GET', path: '/workspace_members', response: Data(z.array(Member)) });
      return members.map((member) => ({
        id: member.id.workspace_member_id,
        name: [member.first_name, member.last_name].filter(Boolean).join(' ') || member.email_address || member.id.workspace_member_id,
        email: member.email_address ?? null,
      }));
    },
    async listPipelines() {
      const statuses = await call({ method: 'GET', path: '/objects/deals/attributes/stage/statuses', response: Data(z.array(Status)) });
      return [{ id: 'deals', name: 'Deals', stages: statuses.filter((status) => !status.is_archived).map((status) => ({ id: status.title, name: status.title })) }];
    },
    async findPerson(key) {
      const [record] = await query('people', 'email' in key ? { email_addresses: key.email } : { linkedin: key.linkedinUrl });
      return record ? toFound(record) : null;
    },
    async readPerson(id) {
      return toFound(await call({ method: 'GET', path: `/objects/people/records/${encodeURIComponent(id)}`, response: Data(AttioRecord) }));
    },
    async createPerson(fields) {
      const values = personValues(fields);
      const record = fields.email ? await write('PUT', '/objects/people/records', values, { matching_attribute: 'email_addresses' }) : await write('POST', '/objects/people/records', values);
      return link('person', record.id.record_id);
    },
    async updatePerson(id, fields) {
      await write('PATCH', `/objects/people/records/${encodeURIComponent(id)}`, personValues(fields));
    },
    async findCompany(key) {
      const [record] = await query('companies', 'domain' in key ? { domains: key.domain } : { name: key.name });
      return record ? link('company', record.id.record_id) : null;
    },
    async createCompany(fields) {
      const values = { name: fields.name, ...(fields.domain ? { domains: [fields.domain] } : {}) };
      const record = fields.domain ? await write('PUT', '/objects/companies/records', values, { matching_attribute: 'domains' }) : await write('POST', '/objects/companies/records', values);
      return link('company', record.id.record_id);
    },
    async linkPersonToCompany(personId, companyId) {
      await write('PATCH', `/objects/people/records/${encodeURIComponent(personId)}`, { company: ref('companies', companyId) });
    },
    async findDeal(personId, title) {
      const deals = await query('deals', { name: title }, 50);
      const deal = deals.find((record) => record.values.associated_people?.some((person) => person.target_record_id === personId));
      return deal ? link('deals', deal.id.record_id) : null;
    },
    async createDeal(deal, personId, companyId) {
      const values: Record<string, unknown> = { name: deal.title, associated_people: ref('people', personId) };
      if (companyId) values.associated_company = ref('companies', companyId);
      if (deal.amount !== null) values.value = deal.amount;
      if (deal.ownerId) values.owner = deal.ownerId;
      if (deal.stageId) values.stage = deal.stageId;
      const record = await write('POST', '/objects/deals/records', values);
      return link('deals', record.id.record_id);
    },
    async findNote(target, marker) {
      const parent = target.kind === 'person' ? 'people' : 'deals';
      const notes = await call({ method: 'GET', path: '/notes', query: { parent_object: parent, parent_record_id: target.id, limit: '50' }, response: Data(z.array(Note)) });
      const note = notes.find((each) => each.content_plaintext?.includes(marker));
      return note ? { id: note.id.note_id, url: (await link(target.kind === 'person' ? 'person' : 'deals', target.id)).url } : null;
    },
    async addNote(target, text) {
      const parent = target.kind === 'person' ? 'people' : 'deals';
      const body = { data: { parent_object: parent, parent_record_id: target.id, title: text.split('\n')[0]!.slice(0, 200), format: 'plaintext', content: text } };
      const note = await call({ method: 'POST', path: '/notes', body, bodySchema: NoteWrite, response: Data(Note) });
      return { id: note.id.note_id, url: (await link(target.kind === 'person' ? 'person' : 'deals', target.id)).url };
    },
  };
  return adapter;
};

function personValues(fields: Partial<PersonFields>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  if (fields.firstName || fields.lastName) {
    const full = [fields.firstName, fields.lastName].filter(Boolean).join(' ');
    values.name = [{ first_name: fields.firstName ?? '', last_name: fields.lastName ?? '', full_name: full }];
  }
  if (fields.email) values.email_addresses = [fields.email];
  if (fields.title) values.job_title = fields.title;
  if (fields.phone) values.phone_numbers = [{ original_phone_number: fields.phone }];
  if (fields.linkedinUrl) values.linkedin = fields.linkedinUrl;
  if (fields.city) values.primary_location = [{ locality: fields.city }];
  return values;
}
