// HubSpot (https://api.hubapi.com) with a private-app or service-key token as Bearer: CRM v3
// objects (contacts, companies, deals, notes) and search, v4 associations, owners, deal pipelines
// and the account details. A contact is read by email with `idProperty=email`, which unlike search
// sees a contact the moment it exists; companies are found through search, which lags.
import { z } from 'zod';
import type { AdapterFactory, CrmAdapter, FoundPerson, NoteTarget, PersonFields, RecordRef } from './adapter';
import { RequestGate } from './gate';
import { CrmError, crmClient, messageOf } from './http';

/** Private apps: 100 requests per 10 seconds (Starter; higher tiers allow more). */
export const HUBSPOT_LIMIT = { units: 100, windowMs: 10_000 };
/** The search endpoints allow 5 requests a second per account, on top of the 10-second window. */
export const HUBSPOT_SEARCH_LIMIT = { units: 5, windowMs: 1_000 };

/** HubSpot-defined association type ids (v4): note→contact 202, note→deal 214, deal→contact 3, deal→company 5. */
const ASSOCIATION = { noteToContact: 202, noteToDeal: 214, dealToContact: 3, dealToCompany: 5 } as const;

const PROPERTY: Record<keyof PersonFields, string> = {
  firstName: 'firstname',
  lastName: 'lastname',
  email: 'email',
  title: 'jobtitle',
  phone: 'phone',
  linkedinUrl: 'hs_linkedin_url',
  city: 'city',
};
const CONTACT_PROPERTIES = [...Object.values(PROPERTY), 'hubspot_owner_id', 'associatedcompanyid'];

const Properties = z.record(z.string(), z.string().nullable().optional());
const HsObject = z.object({ id: z.string().min(1), properties: Properties.default({}) });
type HsObject = z.infer<typeof HsObject>;
const Page = z.object({ results: z.array(HsObject) });
const Associations = z.object({ results: z.array(z.object({ toObjectId: z.union([z.string(), z.number()]) })) });
const Account = z.object({ portalId: z.number(), uiDomain: z.string().optional(), accountType: z.string().optional() });
const Owners = z.object({ results: z.array(z.object({ id: z.string(), email: z.string().nullish(), firstName: z.string().nullish(), lastName: z.string().nullish() })) });
const Pipelines = z.object({ results: z.array(z.object({ id: z.string(), label: z.string(), stages: z.array(z.object({ id: z.string(), label: z.string() })) })) });

const Write = z.object({ properties: z.record(z.string(), z.string()) }).strict();
const AssociationSpec = z.object({
  to: z.object({ id: z.string() }),
  types: z.array(z.object({ associationCategory: z.literal('HUBSPOT_DEFINED'), associationTypeId: z.number().int() })),
});
const WriteAssociated = Write.extend({ associations: z.array(AssociationSpec) }).strict();
const SearchBody = z.object({
  filterGroups: z.array(z.object({ filters: z.array(z.object({ propertyName: z.string(), operator: z.literal('EQ'), value: z.string() })) })),
  properties: z.array(z.string()),
  limit: z.number().int().min(1).max(100),
});
const BatchRead = z.object({ inputs: z.array(z.object({ id: z.string() })), properties: z.array(z.string()) }).strict();

const associate = (id: string, associationTypeId: number) => ({ to: { id }, types: [{ associationCategory: 'HUBSPOT_DEFINED' as const, associationTypeId }] });

export const createHubSpotAdapter: AdapterFactory = (connection, transport, options = {}) => {
  const gate = new RequestGate(options.limit ?? HUBSPOT_LIMIT, options.sleep);
  const searchGate = new RequestGate(HUBSPOT_SEARCH_LIMIT, options.sleep);
  const call = crmClient(
    { baseUrl: connection.baseUrl, headers: { authorization: `Bearer ${connection.token}` }, gate, describe: messageOf, existingId: conflictId },
    transport,
  );
  let account: Promise<z.infer<typeof Account>> | null = null;
  const details = () => (account ??= call({ method: 'GET', path: '/account-info/v3/details', response: Account }).catch((error: unknown) => {
    account = null;
    throw error;
  }));
  const link = async (objectTypeId: string, id: string): Promise<RecordRef> => {
    const { portalId, uiDomain } = await details();
    return { id, url: `https://${uiDomain ?? 'app.hubspot.com'}/contacts/${portalId}/record/${objectTypeId}/${id}` };
  };

  const toFound = async (contact: HsObject): Promise<FoundPerson> => {
    const value = (field: keyof PersonFields) => contact.properties[PROPERTY[field]] || null;
    const fields = Object.fromEntries(Object.keys(PROPERTY).map((field) => [field, value(field as keyof PersonFields)])) as Partial<PersonFields>;
    const name = [fields.firstName, fields.lastName].filter(Boolean).join(' ') || null;
    return { ...(await link('0-1', contact.id)), fields, name, ownerId: contact.properties.hubspot_owner_id || null, companyId: contact.properties.associatedcompanyid || null };
  };

  const search = async (object: 'contacts' | 'companies', propertyName: string, value: string, properties: string[]) => {
    const body = { filterGroups: [{ filters: [{ propertyName, operator: 'EQ' as const, value }] }], properties, limit: 1 };
    const page = await call({ method: 'POST', path: `/crm/v3/objects/${object}/search`, body, bodySchema: SearchBody, response: Page, gate: searchGate });
    return page.results[0] ?? null;
  };

  const associated = async (from: 'contacts' | 'deals', id: string, to: 'deals' | 'notes', properties: string[]): Promise<HsObject[]> => {
    const ids = await call({ method: 'GET', path: `/crm/v4/objects/${from}/${encodeURIComponent(id)}/associations/${to}`, query: { limit: '500' }, response: Associations });
    if (!ids.results.length) return [];
    const body = { inputs: ids.results.map((each) => ({ id: String(each.toObjectId) })), properties };
    return (await call({ method: 'POST', path: `/crm/v3/objects/${to}/batch/read`, body, bodySchema: BatchRead, response: Page })).results;
  };

  const adapter: CrmAdapter = {
    kind: 'hubspot',
    searchLagMs: 10_000,
    personFields: Object.keys(PROPERTY) as (keyof PersonFields)[],
    async testConnection() {
      const { portalId, accountType } = await details();
      return { account: `HubSpot account ${portalId}${accountType ? ` (${accountType.toLowerCase()})` : ''}` };
    },
    async listOwners() {
      const owners = await call({ method: 'GET', path: '/crm/v3/owners', query: { limit: '100' }, response: Owners });
      return owners.results.map((owner) => ({ id: owner.id, name: [owner.firstName, owner.lastName].filter(Boolean).join(' ') || owner.email || owner.id, email: owner.email ?? null }));
    },
    async listPipelines() {
      const pipelines = await call({ method: 'GET', path: '/crm/v3/pipelines/deals', response: Pipelines });
      return pipelines.results.map((pipeline) => ({ id: pipeline.id, name: pipeline.label, stages: pipeline.stages.map((stage) => ({ id: stage.id, name: stage.label })) }));
    },
    async findPerson(key) {
      if ('linkedinUrl' in key) {
        const found = await search('contacts', PROPERTY.linkedinUrl, key.linkedinUrl, CONTACT_PROPERTIES);
        return found ? toFound(found) : null;
      }
      try {
        const contact = await call({ method: 'GET', path: `/crm/v3/objects/contacts/${encodeURIComponent(key.email)}`, query: { idProperty: 'email', properties: CONTACT_PROPERTIES.join(',') }, response: HsObject });
        return await toFound(contact);
      } catch (error) {
        if (error instanceof CrmError && error.detail.status === 404) return null;
        throw error;
      }
    },
    async readPerson(id) {
      return toFound(await call({ method: 'GET', path: `/crm/v3/objects/contacts/${encodeURIComponent(id)}`, query: { properties: CONTACT_PROPERTIES.join(',') }, response: HsObject }));
    },
    async createPerson(fields, ownerId) {
      const body = { properties: { ...contactProperties(fields), ...(ownerId ? { hubspot_owner_id: ownerId } : {}) } };
      const created = await call({ method: 'POST', path: '/crm/v3/objects/contacts', body, bodySchema: Write, response: HsObject });
      return link('0-1', created.id);
    },
    async updatePerson(id, fields) {
      await call({ method: 'PATCH', path: `/crm/v3/objects/contacts/${encodeURIComponent(id)}`, body: { properties: contactProperties(fields) }, bodySchema: Write, response: HsObject });
    },
    async findCompany(key) {
      const found = 'domain' in key ? await search('companies', 'domain', key.domain, ['name', 'domain']) : await search('companies', 'name', key.name, ['name', 'domain']);
      return found ? link('0-2', found.id) : null;
    },
    async createCompany(fields, ownerId) {
      const properties = { name: fields.name, ...(fields.domain ? { domain: fields.domain } : {}), ...(ownerId ? { hubspot_owner_id: ownerId } : {}) };
      const created = await call({ method: 'POST', path: '/crm/v3/objects/companies', body: { properties }, bodySchema: Write, response: HsObject });
      return link('0-2', created.id);
    },
    async linkPersonToCompany(personId, companyId) {
      await call({
        method: 'PUT',
        path: `/crm/v4/objects/contacts/${encodeURIComponent(personId)}/associations/default/companies/${encodeURIComponent(companyId)}`,
        response: z.unknown(),
      });
    },
    async findDeal(personId, title) {
      const deals = await associated('contacts', personId, 'deals', ['dealname']);
      const deal = deals.find((each) => each.properties.dealname === title);
      return deal ? link('0-3', deal.id) : null;
    },
    async createDeal(deal, personId, companyId) {
      const properties: Record<string, string> = { dealname: deal.title };
      if (deal.amount !== null) properties.amount = String(deal.amount);
      if (deal.currency) properties.deal_currency_code = deal.currency;
      if (deal.ownerId) properties.hubspot_owner_id = deal.ownerId;
      if (deal.pipelineId) properties.pipeline = deal.pipelineId;
      if (deal.stageId) properties.dealstage = deal.stageId;
      const associations = [associate(personId, ASSOCIATION.dealToContact), ...(companyId ? [associate(companyId, ASSOCIATION.dealToCompany)] : [])];
      const created = await call({ method: 'POST', path: '/crm/v3/objects/deals', body: { properties, associations }, bodySchema: WriteAssociated, response: HsObject });
      return link('0-3', created.id);
    },
    async findNote(target, marker) {
      const notes = await associated(target.kind === 'person' ? 'contacts' : 'deals', target.id, 'notes', ['hs_note_body']);
      const note = notes.find((each) => each.properties.hs_note_body?.includes(marker));
      return note ? noteRef(target, note.id) : null;
    },
    async addNote(target, text) {
      const typeId = target.kind === 'person' ? ASSOCIATION.noteToContact : ASSOCIATION.noteToDeal;
      const body = { properties: { hs_timestamp: new Date(transport.now()).toISOString(), hs_note_body: text }, associations: [associate(target.id, typeId)] };
      const created = await call({ method: 'POST', path: '/crm/v3/objects/notes', body, bodySchema: WriteAssociated, response: HsObject });
      return noteRef(target, created.id);
    },
  };

  /** Notes have no page of their own: the link opens the record they sit on. */
  const noteRef = async (target: NoteTarget, id: string): Promise<RecordRef> => ({ id, url: (await link(target.kind === 'person' ? '0-1' : '0-3', target.id)).url });
  return adapter;
};

function contactProperties(fields: Partial<PersonFields>): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const [field, value] of Object.entries(fields)) if (value) properties[PROPERTY[field as keyof PersonFields]] = value;
  return properties;
}

/** HubSpot's 409 on a duplicate email: "Contact already exists. Existing ID: 12345". */
export function conflictId(status: number, body: unknown): string | null {
  if (status !== 409) return null;
  return /Existing ID: (\d+)/.exec(messageOf(status, body))?.[1] ?? null;
}
