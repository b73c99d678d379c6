// Twenty (https://twenty.com), cloud or self-hosted, through its REST API (/rest/people,
// /rest/companies, /rest/opportunities, /rest/notes, /rest/noteTargets, /rest/workspaceMembers)
// with the workspace's API key as Bearer. Lists are filtered with Twenty's `filter` parameter,
// e.g. `emails.primaryEmail[eq]:"a@b.c"`; answers wrap records in `data`.
import { z } from 'zod';
import type { AdapterFactory, CrmAdapter, FoundPerson, NoteTarget, PersonFields, RecordRef } from './adapter';
import { RequestGate } from './gate';
import { crmClient, messageOf } from './http';

/** Twenty's API allows 100 calls a minute per workspace key. */
export const TWENTY_LIMIT = { units: 100, windowMs: 60_000 };

const Id = z.string().min(1);
const Person = z.object({
  id: Id,
  name: z.object({ firstName: z.string().nullish(), lastName: z.string().nullish() }).nullish(),
  emails: z.object({ primaryEmail: z.string().nullish() }).nullish(),
  jobTitle: z.string().nullish(),
  phones: z.object({ primaryPhoneNumber: z.string().nullish() }).nullish(),
  linkedinLink: z.object({ primaryLinkUrl: z.string().nullish() }).nullish(),
  city: z.string().nullish(),
  companyId: z.string().nullish(),
});
type Person = z.infer<typeof Person>;
const WithId = z.object({ id: Id });
const Member = z.object({ id: Id, name: z.object({ firstName: z.string().nullish(), lastName: z.string().nullish() }).nullish(), userEmail: z.string().nullish() });
const Note = z.object({ id: Id, bodyV2: z.object({ markdown: z.string().nullish() }).nullish() });

/** Twenty wraps answers as `{ data: { <key>: … } }`; these unwrap them once validated. */
const list = <T>(key: string, item: z.ZodType<T>) => z.object({ data: z.object({ [key]: z.array(item) }) }).transform((answer) => answer.data[key] as T[]);
const one = <T>(key: string, item: z.ZodType<T>) => z.object({ data: z.object({ [key]: item }) }).transform((answer) => answer.data[key] as T);

const PersonWrite = z
  .object({
    name: z.object({ firstName: z.string(), lastName: z.string() }).partial(),
    emails: z.object({ primaryEmail: z.email() }),
    jobTitle: z.string(),
    phones: z.object({ primaryPhoneNumber: z.string() }),
    linkedinLink: z.object({ primaryLinkUrl: z.url() }),
    city: z.string(),
    companyId: Id,
  })
  .partial()
  .strict();

/** A string for Twenty's filter grammar: double-quoted, inner quotes escaped. */
const quoted = (value: string) => JSON.stringify(value);

export const createTwentyAdapter: AdapterFactory = (connection, transport, options = {}) => {
  const gate = new RequestGate(options.limit ?? TWENTY_LIMIT, options.sleep);
  const call = crmClient(
    { baseUrl: `${connection.baseUrl.replace(/\/$/, '')}/rest`, headers: { authorization: `Bearer ${connection.token}` }, gate, describe: describeTwenty },
    transport,
  );
  const app = appOrigin(connection.baseUrl);
  const link = (object: string, id: string): RecordRef => ({ id, url: `${app}/object/${object}/${id}` });

  const toFound = (person: Person): FoundPerson => {
    const fields: Partial<PersonFields> = {
      firstName: person.name?.firstName || null,
      lastName: person.name?.lastName || null,
      email: person.emails?.primaryEmail || null,
      title: person.jobTitle || null,
      phone: person.phones?.primaryPhoneNumber || null,
      linkedinUrl: person.linkedinLink?.primaryLinkUrl || null,
      city: person.city || null,
    };
    const name = [fields.firstName, fields.lastName].filter(Boolean).join(' ') || null;
    return { ...link('person', person.id), fields, ownerId: null, companyId: person.companyId ?? null, name };
  };

  const findFirst = async <T>(path: string, key: string, item: z.ZodType<T>, filter: string): Promise<T | null> => {
    const answer = await call({ method: 'GET', path, query: { filter, limit: '1' }, response: list(key, item) });
    return answer[0] ?? null;
  };

  const members = () => call({ method: 'GET', path: '/workspaceMembers', query: { limit: '60' }, response: list('workspaceMembers', Member) });

  const adapter: CrmAdapter = {
    kind: 'twenty',
    searchLagMs: 3_000,
    personFields: ['firstName', 'lastName', 'email', 'title', 'phone', 'linkedinUrl', 'city'],
    async testConnection() {
      const count = (await members()).length;
      return { account: `Twenty workspace at ${new URL(connection.baseUrl).host} (${count} member${count === 1 ? '' : 's'})` };
    },
    async listOwners() {
      return (await members()).map((member) => ({
        id: member.id,
        name: [member.name?.firstName, member.name?.lastName].filter(Boolean).join(' ') || member.userEmail || member.id,
        email: member.userEmail ?? null,
      }));
    },
    // Twenty's opportunities have a stage but no pipelines to choose from.
    listPipelines: async () => [],
    async findPerson(key) {
      const filter = 'email' in key ? `emails.primaryEmail[eq]:${quoted(key.email)}` : `linkedinLink.primaryLinkUrl[eq]:${quoted(key.linkedinUrl)}`;
      const person = await findFirst('/people', 'people', Person, filter);
      return person ? toFound(person) : null;
    },
    async readPerson(id) {
      const answer = await call({ method: 'GET', path: `/people/${encodeURIComponent(id)}`, response: one('person', Person) });
      return toFound(answer);
    },
    async createPerson(fields) {
      const body = personBody(fields);
      const answer = await call({ method: 'POST', path: '/people', body, bodySchema: PersonWrite, response: one('createPerson', WithId) });
      return link('person', answer.id);
    },
    async updatePerson(id, fields) {
      await call({ method: 'PATCH', path: `/people/${encodeURIComponent(id)}`, body: personBody(fields), bodySchema: PersonWrite, response: one('updatePerson', WithId) });
    },
    async findCompany(key) {
      const filter = 'domain' in key ? `domainName.primaryLinkUrl[ilike]:${quoted(`%${key.domain}%`)}` : `name[ilike]:${quoted(key.name)}`;
      const company = await findFirst('/companies', 'companies', WithId, filter);
      return company ? link('company', company.id) : null;
    },
    async createCompany(fields, ownerId) {
      const body = {
        name: fields.name,
        ...(fields.domain ? { domainName: { primaryLinkUrl: `https://${fields.domain}` } } : {}),
        ...(ownerId ? { accountOwnerId: ownerId } : {}),
      };
      const answer = await call({ method: 'POST', path: '/companies', body, bodySchema: CompanyWrite, response: one('createCompany', WithId) });
      return link('company', answer.id);
    },
    async linkPersonToCompany(personId, companyId) {
      await call({ method: 'PATCH', path: `/people/${encodeURIComponent(personId)}`, body: { companyId }, bodySchema: PersonWrite, response: one('updatePerson', WithId) });
    },
    async findDeal(personId, title) {
      const deal = await findFirst('/opportunities', 'opportunities', WithId, `and(pointOfContactId[eq]:${quoted(personId)},name[eq]:${quoted(title)})`);
      return deal ? link('opportunity', deal.id) : null;
    },
    async createDeal(deal, personId, companyId) {
      const body = {
        name: deal.title,
        pointOfContactId: personId,
        ...(companyId ? { companyId } : {}),
        ...(deal.ownerId ? { ownerId: deal.ownerId } : {}),
        ...(deal.stageId ? { stage: deal.stageId } : {}),
        ...(deal.amount !== null && deal.currency ? { amount: { amountMicros: Math.round(deal.amount * 1_000_000), currencyCode: deal.currency } } : {}),
      };
      const answer = await call({ method: 'POST', path: '/opportunities', body, bodySchema: OpportunityWrite, response: one('createOpportunity', WithId) });
      return link('opportunity', answer.id);
    },
    async findNote(target, marker) {
      const targets = await call({ method: 'GET', path: '/noteTargets', query: { filter: `${targetField(target)}[eq]:${quoted(target.id)}`, limit: '60' }, response: list('noteTargets', z.object({ noteId: Id })) });
      const ids = targets.map((each) => each.noteId);
      if (!ids.length) return null;
      const notes = await call({ method: 'GET', path: '/notes', query: { filter: `id[in]:[${ids.map(quoted).join(',')}]`, limit: '60' }, response: list('notes', Note) });
      const note = notes.find((each) => each.bodyV2?.markdown?.includes(marker));
      return note ? link('note', note.id) : null;
    },
    async addNote(target, text) {
      const body = { title: text.split('\n')[0]!.slice(0, 200), bodyV2: { markdown: text } };
      const note = await call({ method: 'POST', path: '/notes', body, bodySchema: NoteWrite, response: one('createNote', WithId) });
      const noteId = note.id;
      await call({ method: 'POST', path: '/noteTargets', body: { noteId, [targetField(target)]: target.id }, bodySchema: NoteTargetWrite, response: one('createNoteTarget', WithId) });
      return link('note', noteId);
    },
  };
  return adapter;
};

const CompanyWrite = z.object({ name: z.string().min(1), domainName: z.object({ primaryLinkUrl: z.url() }).optional(), accountOwnerId: Id.optional() }).strict();
const OpportunityWrite = z
  .object({
    name: z.string().min(1),
    pointOfContactId: Id,
    companyId: Id.optional(),
    ownerId: Id.optional(),
    stage: z.string().optional(),
    amount: z.object({ amountMicros: z.number().int().nonnegative(), currencyCode: z.string().length(3) }).optional(),
  })
  .strict();
const NoteWrite = z.object({ title: z.string(), bodyV2: z.object({ markdown: z.string() }) }).strict();
const NoteTargetWrite = z.union([z.object({ noteId: Id, personId: Id }).strict(), z.object({ noteId: Id, opportunityId: Id }).strict()]);

const targetField = (target: NoteTarget) => (target.kind === 'person' ? 'personId' : 'opportunityId');

function personBody(fields: Partial<PersonFields>) {
  const name = { ...(fields.firstName ? { firstName: fields.firstName } : {}), ...(fields.lastName ? { lastName: fields.lastName } : {}) };
  return {
    ...(Object.keys(name).length ? { name } : {}),
    ...(fields.email ? { emails: { primaryEmail: fields.email } } : {}),
    ...(fields.title ? { jobTitle: fields.title } : {}),
    ...(fields.phone ? { phones: { primaryPhoneNumber: fields.phone } } : {}),
    ...(fields.linkedinUrl ? { linkedinLink: { primaryLinkUrl: fields.linkedinUrl } } : {}),
    ...(fields.city ? { city: fields.city } : {}),
  };
}

/** Records open in the app, not the API host: api.twenty.com → app.twenty.com; self-hosted serves both. */
function appOrigin(baseUrl: string): string {
  const url = new URL(baseUrl);
  return url.host === 'api.twenty.com' ? 'https://app.twenty.com' : url.origin;
}

function describeTwenty(status: number, body: unknown): string {
  const messages = (body as { messages?: unknown } | null)?.messages;
  return Array.isArray(messages) && typeof messages[0] === 'string' ? messages[0] : messageOf(status, body);
}
