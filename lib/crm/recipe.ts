// The handoff recipe (issue 14): find the person by email, then LinkedIn URL; create them or fill
// only the fields the CRM left empty (listing what differed); find or create the company by
// domain, then name, and link it; create the deal with the budget as amount and the chosen owner;
// attach the note to the person and the deal. Each step's result is saved before the next starts,
// and a create whose answer was lost is looked for before it is sent again.
import type { CrmDifference, CrmJob, CrmJobRequest, CrmStepName, CrmStepState, Lead } from '../schema';
import type { CrmAdapter, FoundPerson, PersonFields, RecordRef } from './adapter';
import { CrmError } from './http';
import { phoneForPeople } from '../normalize';

export interface CrmDefaults {
  ownerId: string | null;
  pipelineId: string | null;
  stageId: string | null;
}

/** What the job will write, fixed when the rep presses Hand off. */
export function crmRequestFor(lead: Lead, note: string, format: 'text' | 'markdown', defaults: CrmDefaults): CrmJobRequest {
  const fullName = lead.fullName ?? ([lead.firstName, lead.lastName].filter(Boolean).join(' ') || (lead.emails[0] ?? 'New lead'));
  const companyName = lead.company.name ?? lead.company.domain;
  return {
    person: {
      firstName: lead.firstName,
      lastName: lead.lastName,
      email: lead.emails[0] ?? null,
      title: lead.title,
      phone: lead.phones[0] ? phoneForPeople(lead.phones[0]) : null,
      linkedinUrl: lead.linkedinUrl,
      city: lead.location,
    },
    company: companyName ? { name: companyName, domain: lead.company.domain ?? domainOf(lead.company.website) } : null,
    deal: {
      title: companyName ? `${fullName} — ${companyName}` : fullName,
      amount: lead.budget?.amount ?? null,
      currency: lead.budget?.currency ?? null,
      ...defaults,
    },
    note,
    format,
  };
}

function domainOf(website: string | null): string | null {
  return website ? new URL(website).hostname.replace(/^www\./, '') : null;
}

/** The line that lets a note whose create answer was lost be found again. */
export const noteMarker = (job: CrmJob) => `LeadClip handoff ${job.id}`;

export interface StepRun {
  job: CrmJob;
  adapter: CrmAdapter;
  now: () => number;
  /** Saves the job (throws when the rep cancelled it meanwhile). */
  save: (job: CrmJob) => Promise<CrmJob>;
}

const untouched: CrmStepState = { attemptedAt: null, doneAt: null, id: null, url: null };

/** Runs every step not yet done, saving after each; resolves with the job once all are done. */
export async function runRecipe(run: StepRun): Promise<CrmJob> {
  let { job } = run;
  for (const step of ['person', 'company', 'link', 'deal', 'notePerson', 'noteDeal'] as const satisfies readonly CrmStepName[]) {
    if (job.steps[step]?.doneAt) continue;
    job = await STEPS[step]({ ...run, job });
  }
  return job;
}

type Step = (run: StepRun) => Promise<CrmJob>;

const STEPS: Record<CrmStepName, Step> = {
  person: async (run) => {
    const { job, adapter } = run;
    const found = await findPerson(adapter, job.request.person);
    if (found) return fillPerson(run, found);
    try {
      const created = await createOnce(run, 'person', () => adapter.createPerson(job.request.person, job.request.deal.ownerId));
      return finish(run, 'person', created);
    } catch (error) {
      // HubSpot's 409 "Contact already exists. Existing ID: N" is an update of N, not an error.
      if (!(error instanceof CrmError) || error.kind !== 'conflict' || !error.detail.existingId) throw error;
      const existing = await adapter.readPerson(error.detail.existingId);
      return fillPerson(run, existing);
    }
  },
  company: async (run) => {
    const { job, adapter } = run;
    const company = job.request.company;
    if (!company || job.existingCompanyId) return finish(run, 'company', null);
    const found = (company.domain ? await adapter.findCompany({ domain: company.domain }) : null) ?? (await adapter.findCompany({ name: company.name }));
    if (found) return finish(run, 'company', found);
    return finish(run, 'company', await createOnce(run, 'company', () => adapter.createCompany(company, job.request.deal.ownerId)));
  },
  link: async (run) => {
    const { job, adapter } = run;
    const personId = job.steps.person?.id;
    const companyId = job.steps.company?.id;
    if (personId && companyId) await adapter.linkPersonToCompany(personId, companyId);
    return finish(run, 'link', null);
  },
  deal: async (run) => {
    const { job, adapter } = run;
    const personId = required(job, 'person');
    const companyId = job.steps.company?.id ?? job.existingCompanyId;
    const found = await adapter.findDeal(personId, job.request.deal.title);
    if (found) return finish(run, 'deal', found);
    return finish(run, 'deal', await createOnce(run, 'deal', () => adapter.createDeal(job.request.deal, personId, companyId)));
  },
  notePerson: (run) => addNoteOnce(run, 'notePerson', { kind: 'person', id: required(run.job, 'person') }),
  noteDeal: (run) => addNoteOnce(run, 'noteDeal', { kind: 'deal', id: required(run.job, 'deal') }),
};

function required(job: CrmJob, step: 'person' | 'deal'): string {
  const id = job.steps[step]?.id;
  if (!id) throw new Error(`The ${step} step has no CRM id.`);
  return id;
}

async function findPerson(adapter: CrmAdapter, person: CrmJobRequest['person']): Promise<FoundPerson | null> {
  if (person.email) {
    const byEmail = await adapter.findPerson({ email: person.email });
    if (byEmail) return byEmail;
  }
  return person.linkedinUrl && adapter.personFields.includes('linkedinUrl') ? adapter.findPerson({ linkedinUrl: person.linkedinUrl }) : null;
}

/** Only fields the CRM holds nothing for are written; a value it has is kept and, if it differs, listed. */
export function compareFields(wanted: PersonFields, existing: Partial<PersonFields>, writable: readonly (keyof PersonFields)[]) {
  const fill: Partial<PersonFields> = {};
  const differed: CrmDifference[] = [];
  // Most CRMs keep the name as one value: a person with either part of a name has a name.
  const named = Boolean(existing.firstName || existing.lastName);
  for (const field of writable) {
    const ours = wanted[field];
    const theirs = existing[field];
    if (!ours) continue;
    if (theirs) {
      if (theirs.trim().toLowerCase() !== ours.trim().toLowerCase()) differed.push({ field, crm: theirs, lead: ours });
    } else if (!(named && (field === 'firstName' || field === 'lastName'))) {
      fill[field] = ours;
    }
  }
  return { fill, differed };
}

async function fillPerson(run: StepRun, found: FoundPerson): Promise<CrmJob> {
  const { fill, differed } = compareFields(run.job.request.person, found.fields, run.adapter.personFields);
  if (Object.keys(fill).length) await run.adapter.updatePerson(found.id, fill);
  return finish({ ...run, job: { ...run.job, differed, existingCompanyId: found.companyId } }, 'person', found);
}

/**
 * Sends a create at most once per answer: the attempt is saved first, so after a lost answer
 * (worker stopped, connection cut) the caller's search runs again before anything is re-sent.
 * A search that still finds nothing while the CRM's index may lag waits instead of creating twice.
 */
async function createOnce(run: StepRun, step: CrmStepName, create: () => Promise<RecordRef>): Promise<RecordRef> {
  const state = run.job.steps[step] ?? untouched;
  const now = run.now();
  if (state.attemptedAt !== null && now - state.attemptedAt < run.adapter.searchLagMs) {
    throw new CrmError('pending', 'Checking whether the CRM kept an earlier attempt before sending it again.', {
      retryAfterMs: state.attemptedAt + run.adapter.searchLagMs - now,
    });
  }
  run.job = await run.save({ ...run.job, steps: { ...run.job.steps, [step]: { ...state, attemptedAt: now } } });
  return create();
}

async function addNoteOnce(run: StepRun, step: 'notePerson' | 'noteDeal', target: { kind: 'person' | 'deal'; id: string }): Promise<CrmJob> {
  const marker = noteMarker(run.job);
  const earlier = run.job.steps[step]?.attemptedAt != null ? await run.adapter.findNote(target, marker) : null;
  if (earlier) return finish(run, step, earlier);
  return finish(run, step, await createOnce(run, step, () => run.adapter.addNote(target, `${run.job.request.note}\n\n${marker}`)));
}

function finish(run: StepRun, step: CrmStepName, record: RecordRef | null): Promise<CrmJob> {
  const previous = run.job.steps[step] ?? untouched;
  const done: CrmStepState = { ...previous, doneAt: run.now(), id: record?.id ?? null, url: record?.url ?? null };
  return run.save({ ...run.job, steps: { ...run.job.steps, [step]: done } });
}
