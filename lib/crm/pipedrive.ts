// Pipedrive (https://api.pipedrive.com) with the user's personal API token in the x-api-token
// header (kept out of URLs): persons, organizations, deals, pipelines and stages in API v2; the
// user, users, leads and notes in v1. Search endpoints read an index that lags; lists filtered by
// person read the records themselves. Pipedrive has no LinkedIn or city field on a person, and
// finds organizations by name only.
import { z } from 'zod';
import type { AdapterFactory, CrmAdapter, FoundPerson, NoteTarget, PersonFields, RecordRef } from './adapter';
import { RequestGate } from './gate';
import { crmClient, messageOf } from './http';

/**
 * Pipedrive charges each call tokens from a daily budget and caps bursts in a rolling 2-second
 * window. The costs below are deliberately on the high side of Pipedrive's published table
 * (searches cost more than reads, v2 reads least); its 429 with Retry-After stays the authority.
 */
export const PIPEDRIVE_LIMIT = { units: 40, windowMs: 2_000 };
const COST = { read: 2, search: 4, write: 4 } as const;
/** Choosing this instead of a pipeline sends the lead to Pipedrive's Leads Inbox. */
export const PIPEDRIVE_LEADS_INBOX = 'leads';

const Id = z.union([z.number().int(), z.string().min(1)]).transform(String);
const Envelope = <T>(data: z.ZodType<T>) => z.object({ success: z.boolean().optional(), data }).transform((answer) => answer.data);
const Value = z.object({ value: z.string(), primary: z.boolean().optional() });
const Person = z.object({
  id: Id,
  name: z.string().nullish(),
  first_name: z.string().nullish(),
  last_name: z.string().nullish(),
  emails: z.array(Value).nullish(),
  phones: z.array(Value).nullish(),
  job_title: z.string().nullish(),
  owner_id: Id.nullish(),
  org_id: Id.nullish(),
});
type Person = z.infer<typeof Person>;
const Search = z.object({ items: z.array(z.object({ item: z.object({ id: Id }) })) });
const WithId = z.object({ id: Id });
const Me = z.object({ id: Id, name: z.string(), company_name: z.string().nullish(), company_domain: z.string().nullish() });
const User = z.object({ id: Id, name: z.string(), email: z.string().nullish(), active_flag: z.boolean().optional() });
const Titled = z.object({ id: Id, title: z.string() });
const Note = z.object({ id: Id, content: z.string().nullish() });

const Entry = z.object({ value: z.string().min(1), primary: z.boolean(), label: z.string() }).strict();
const PersonWrite = z
  .object({ name: z.string().min(1), first_name: z.string(), last_name: z.string(), emails: z.array(Entry), phones: z.array(Entry), job_title: z.string(), owner_id: z.number().int(), org_id: z.number().int() })
  .partial()
  .strict();
const OrganizationWrite = z.object({ name: z.string().min(1), owner_id: z.number().int().optional() }).strict();
const DealWrite = z
  .object({
    title: z.string().min(1),
    person_id: z.number().int(),
    org_id: z.number().int().optional(),
    owner_id: z.number().int().optional(),
    pipeline_id: z.number().int().optional(),
    stage_id: z.number().int().optional(),
    value: z.number().nonnegative().optional(),
    currency: z.string().length(3).optional(),
  })
  .strict();
const LeadWrite = z
  .object({
    title: z.string().min(1),
    person_id: z.number().int(),
    organization_id: z.number().int().optional(),
    owner_id: z.number().int().optional(),
    value: z.object({ amount: z.number().nonnegative(), currency: z.string().length(3) }).optional(),
  })
  .strict();
const NoteWrite = z.union([
  z.object({ content: z.string().min(1), person_id: z.number().int() }).strict(),
  z.object({ content: z.string().min(1), deal_id: z.number().int() }).strict(),
  z.object({ content: z.string().min(1), lead_id: z.string().uuid() }).strict(),
]);

const int = (id: string | null) => (id === null ? undefined : Number(id));

export const createPipedriveAdapter: AdapterFactory = (connection, transport, options = {}) => {
  const gate = new RequestGate(options.limit ?? PIPEDRIVE_LIMIT, options.sleep);
  const call = crmClient({ baseUrl: connection.baseUrl, headers: { 'x-api-token': connection.token }, gate, describe: messageOf }, transport);
  let me: Promise<z.infer<typeof Me>> | null = null;
  const whoAmI = () => (me ??= call({ method: 'GET', path: '/api/v1/users/me', response: Envelope(Me), cost: COST.read }).catch((error: unknown) => {
    me = null;
    throw error;
  }));
  const link = async (path: string, id: string): Promise<RecordRef> => {
    const { company_domain: domain } = await whoAmI();
    return { id, url: `https://${domain ?? 'app'}.pipedrive.com/${path}/${id}` };
  };
  /** Deals sit at /deal/N; Leads Inbox entries are UUIDs at /leads/inbox/… */
  const isLead = (id: string) => !/^\d+$/.test(id);

  const toFound = async (person: Person): Promise<FoundPerson> => {
    const primary = (values: Person['emails']) => (values?.find((each) => each.primary) ?? values?.[0])?.value || null;
    const fields: Partial<PersonFields> = {
      firstName: person.first_name || null,
      lastName: person.last_name || null,
      email: primary(person.emails),
      phone: primary(person.phones),
      title: person.job_title || null,
    };
    return { ...(await link('person', person.id)), fields, name: person.name ?? null, ownerId: person.owner_id ?? null, companyId: person.org_id ?? null };
  };

  const readPerson = async (id: string) => toFound(await call({ method: 'GET', path: `/api/v2/persons/${encodeURIComponent(id)}`, response: Envelope(Person), cost: COST.read }));

  const search = async (object: 'persons' | 'organizations', term: string, field: string) => {
    const found = await call({ method: 'GET', path: `/api/v2/${object}/search`, query: { term, fields: field, exact_match: 'true', limit: '1' }, response: Envelope(Search), cost: COST.search });
    return found.items[0]?.item.id ?? null;
  };

  const adapter: CrmAdapter = {
    kind: 'pipedrive',
    searchLagMs: 5_000,
    personFields: ['firstName', 'lastName', 'email', 'phone', 'title'],
    async testConnection() {
      const user = await whoAmI();
      return { account: `${user.company_name ?? 'Pipedrive'} as ${user.name}` };
    },
    async listOwners() {
      const users = await call({ method: 'GET', path: '/api/v1/users', response: Envelope(z.array(User)), cost: COST.read });
      return users.filter((user) => user.active_flag !== false).map((user) => ({ id: user.id, name: user.name, email: user.email ?? null }));
    },
    async listPipelines() {
      const [pipelines, stages] = await Promise.all([
        call({ method: 'GET', path: '/api/v2/pipelines', response: Envelope(z.array(z.object({ id: Id, name: z.string() }))), cost: COST.read }),
        call({ method: 'GET', path: '/api/v2/stages', response: Envelope(z.array(z.object({ id: Id, name: z.string(), pipeline_id: Id }))), cost: COST.read }),
      ]);
      return [
        { id: PIPEDRIVE_LEADS_INBOX, name: 'Leads Inbox (a lead, not a deal)', stages: [] },
        ...pipelines.map((pipeline) => ({ id: pipeline.id, name: pipeline.name, stages: stages.filter((stage) => stage.pipeline_id === pipeline.id).map(({ id, name }) => ({ id, name })) })),
      ];
    },
    async findPerson(key) {
      if (!('email' in key)) return null;
      const id = await search('persons', key.email, 'email');
      return id ? readPerson(id) : null;
    },
    readPerson,
    async createPerson(fields, ownerId) {
      const body = { name: [fields.firstName, fields.lastName].filter(Boolean).join(' ') || fields.email || 'New lead', ...personBody(fields), ...(ownerId ? { owner_id: Number(ownerId) } : {}) };
      const created = await call({ method: 'POST', path: '/api/v2/persons', body, bodySchema: PersonWrite, response: Envelope(WithId), cost: COST.write });
      return link('person', created.id);
    },
    async updatePerson(id, fields) {
      await call({ method: 'PATCH', path: `/api/v2/persons/${encodeURIComponent(id)}`, body: personBody(fields), bodySchema: PersonWrite, response: Envelope(WithId), cost: COST.write });
    },
    async findCompany(key) {
      if (!('name' in key)) return null;
      const id = await search('organizations', key.name, 'name');
      return id ? link('organization', id) : null;
    },
    async createCompany(fields, ownerId) {
      const body = { name: fields.name, ...(ownerId ? { owner_id: Number(ownerId) } : {}) };
      const created = await call({ method: 'POST', path: '/api/v2/organizations', body, bodySchema: OrganizationWrite, response: Envelope(WithId), cost: COST.write });
      return link('organization', created.id);
    },
    async linkPersonToCompany(personId, companyId) {
      await call({ method: 'PATCH', path: `/api/v2/persons/${encodeURIComponent(personId)}`, body: { org_id: Number(companyId) }, bodySchema: PersonWrite, response: Envelope(WithId), cost: COST.write });
    },
    async findDeal(personId, title) {
      const [deals, leads] = await Promise.all([
        call({ method: 'GET', path: '/api/v2/deals', query: { person_id: personId, limit: '100' }, response: Envelope(z.array(Titled)), cost: COST.read }),
        call({ method: 'GET', path: '/api/v1/leads', query: { person_id: personId, limit: '100' }, response: Envelope(z.array(Titled).nullable()), cost: COST.read }),
      ]);
      const found = [...deals, ...(leads ?? [])].find((each) => each.title === title);
      return found ? link(isLead(found.id) ? 'leads/inbox' : 'deal', found.id) : null;
    },
    async createDeal(deal, personId, companyId) {
      const common = { title: deal.title, person_id: Number(personId), owner_id: int(deal.ownerId) };
      if (deal.pipelineId === PIPEDRIVE_LEADS_INBOX) {
        const value = deal.amount !== null && deal.currency ? { amount: deal.amount, currency: deal.currency } : undefined;
        const body = definedOnly({ ...common, organization_id: int(companyId), value });
        const created = await call({ method: 'POST', path: '/api/v1/leads', body, bodySchema: LeadWrite, response: Envelope(WithId), cost: COST.write });
        return link('leads/inbox', created.id);
      }
      const body = definedOnly({
        ...common,
        org_id: int(companyId),
        pipeline_id: int(deal.pipelineId),
        stage_id: int(deal.stageId),
        value: deal.amount ?? undefined,
        currency: deal.amount !== null ? (deal.currency ?? undefined) : undefined,
      });
      const created = await call({ method: 'POST', path: '/api/v2/deals', body, bodySchema: DealWrite, response: Envelope(WithId), cost: COST.write });
      return link('deal', created.id);
    },
    async findNote(target, marker) {
      const notes = await call({ method: 'GET', path: '/api/v1/notes', query: { [noteKey(target)]: target.id, limit: '100' }, response: Envelope(z.array(Note).nullable()), cost: COST.read });
      const note = notes?.find((each) => each.content?.includes(marker));
      return note ? noteRef(target, note.id) : null;
    },
    async addNote(target, text) {
      const key = noteKey(target);
      const body = { content: text, [key]: key === 'lead_id' ? target.id : Number(target.id) };
      const created = await call({ method: 'POST', path: '/api/v1/notes', body, bodySchema: NoteWrite, response: Envelope(WithId), cost: COST.write });
      return noteRef(target, created.id);
    },
  };

  const noteKey = (target: NoteTarget) => (target.kind === 'person' ? 'person_id' : isLead(target.id) ? 'lead_id' : 'deal_id');
  const noteRef = async (target: NoteTarget, id: string): Promise<RecordRef> => {
    const page = target.kind === 'person' ? 'person' : isLead(target.id) ? 'leads/inbox' : 'deal';
    return { id, url: (await link(page, target.id)).url };
  };
  return adapter;
};

function personBody(fields: Partial<PersonFields>) {
  const entry = (value: string, label: string) => [{ value, primary: true, label }];
  return {
    ...(fields.firstName ? { first_name: fields.firstName } : {}),
    ...(fields.lastName ? { last_name: fields.lastName } : {}),
    ...(fields.email ? { emails: entry(fields.email, 'work') } : {}),
    ...(fields.phone ? { phones: entry(fields.phone, 'work') } : {}),
    ...(fields.title ? { job_title: fields.title } : {}),
  };
}

function definedOnly<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, each]) => each !== undefined)) as T;
}
