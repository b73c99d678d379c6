// The small interface every CRM adapter implements (issue 14, DESIGN.md §10). The recipe
// (./recipe.ts) and the outbox (./outbox.ts) see CRMs only through it, so one file per CRM holds
// everything vendor-specific: paths, field names, error bodies, rate limits, record links.
import type { CrmKind } from '../schema';
import type { GateLimit } from './gate';
import type { CrmTransport } from './http';

/** What LeadClip may write on a person. `null` = LeadClip has nothing for it. */
export interface PersonFields {
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  title: string | null;
  phone: string | null;
  linkedinUrl: string | null;
  city: string | null;
}
export type PersonField = keyof PersonFields;
export const PERSON_FIELDS: readonly PersonField[] = ['firstName', 'lastName', 'email', 'title', 'phone', 'linkedinUrl', 'city'];

export interface RecordRef {
  id: string;
  url: string;
}

export interface FoundPerson extends RecordRef {
  /** The values the CRM holds for the fields LeadClip knows; fields it cannot store are absent. */
  fields: Partial<PersonFields>;
  ownerId: string | null;
  /** The company the CRM already links the person to; LeadClip never replaces it. */
  companyId: string | null;
  /** For "Already in the CRM?": the name the CRM shows. */
  name: string | null;
}

export interface CompanyFields {
  name: string;
  domain: string | null;
}

export interface DealFields {
  title: string;
  amount: number | null;
  currency: string | null;
  ownerId: string | null;
  pipelineId: string | null;
  stageId: string | null;
}

export interface CrmOwner {
  id: string;
  name: string;
  email: string | null;
}

export interface CrmPipeline {
  id: string;
  name: string;
  stages: { id: string; name: string }[];
}

export type PersonKey = { email: string } | { linkedinUrl: string };
export type CompanyKey = { domain: string } | { name: string };
export type NoteTarget = { kind: 'person' | 'deal'; id: string };

export interface CrmAdapter {
  readonly kind: CrmKind;
  /** How long a record just created may stay invisible to findPerson/findCompany (search index lag). */
  readonly searchLagMs: number;
  /** The fields this CRM can hold for a person; the others are not written nor compared. */
  readonly personFields: readonly PersonField[];
  /** One cheap read: the account or workspace the token reaches, in words. */
  testConnection(): Promise<{ account: string }>;
  listOwners(): Promise<CrmOwner[]>;
  /** Empty for CRMs without pipelines for new deals. */
  listPipelines(): Promise<CrmPipeline[]>;
  findPerson(key: PersonKey): Promise<FoundPerson | null>;
  readPerson(id: string): Promise<FoundPerson>;
  createPerson(fields: PersonFields, ownerId: string | null): Promise<RecordRef>;
  /** Writes only the fields given (the recipe passes only fields the CRM left empty). */
  updatePerson(id: string, fields: Partial<PersonFields>): Promise<void>;
  findCompany(key: CompanyKey): Promise<RecordRef | null>;
  createCompany(fields: CompanyFields, ownerId: string | null): Promise<RecordRef>;
  linkPersonToCompany(personId: string, companyId: string): Promise<void>;
  /** The person's deal with exactly this title, read from the deal list (no lagging index). */
  findDeal(personId: string, title: string): Promise<RecordRef | null>;
  createDeal(deal: DealFields, personId: string, companyId: string | null): Promise<RecordRef>;
  /** A note on `target` whose text contains `marker`. */
  findNote(target: NoteTarget, marker: string): Promise<RecordRef | null>;
  addNote(target: NoteTarget, text: string): Promise<RecordRef>;
}

/** What a rep saved when connecting; the token stays in the background (DESIGN.md §6). */
export interface CrmConnection {
  kind: CrmKind;
  token: string;
  /** Twenty self-hosted (or a loopback test CRM); the CRM's public API otherwise. */
  baseUrl: string;
}

/** Tests and the bench pace a loopback fake with its own window, and sleep on its clock. */
export interface AdapterOptions {
  limit?: GateLimit;
  sleep?: (ms: number) => Promise<void>;
}

export type AdapterFactory = (connection: CrmConnection, transport: CrmTransport, options?: AdapterOptions) => CrmAdapter;
