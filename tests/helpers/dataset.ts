// Realistic leads with their history, for metrics, export/import and erase tests (and benches).
// Deterministic: the same seed gives the same records, so failures reproduce.
import type { Activity, Checklist, Handoff, Lead, Task } from '@/lib/schema';
import { CHANNELS, STAGES } from '@/lib/schema';

/** A stored lead as leadFromDraft would write it; override any field. */
export function makeLead(overrides: Partial<Lead> & { id: string }): Lead {
  const at = overrides.createdAt ?? Date.UTC(2026, 10, 1);
  return {
    createdAt: at,
    updatedAt: at,
    fullName: 'Ana Souza',
    firstName: 'Ana',
    lastName: 'Souza',
    title: 'Buyer',
    company: { name: 'Acme', domain: 'acme.example', website: 'https://acme.example' },
    emails: [`${overrides.id}@acme.example`],
    phones: [],
    phoneTypes: {},
    fax: null,
    linkedinUrl: null,
    location: null,
    interest: null,
    budget: null,
    owner: null,
    tags: [],
    stage: 'new',
    score: 0,
    tier: 'cold',
    source: { channel: 'email', url: null, title: null, capturedAt: at, inquiryAt: at, utm: null },
    consent: { basis: 'none_recorded', recordedAt: null, note: null, noticeSentAt: null },
    provenance: {},
    nextDueAt: null,
    firstContactAt: null,
    ...overrides,
  };
}

export interface Dataset {
  leads: Lead[];
  activities: Activity[];
  tasks: Task[];
  checklists: Checklist[];
  handoffs: Handoff[];
}

/** Small linear congruential generator: fast and reproducible. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const FIRST = ['Ana', 'Bruno', 'Chloé', 'Dmitri', 'Eun-ji', 'Fatima', 'Gustav', 'Hana', 'Ígor', 'Jonas'];
const LAST = ['Souza', 'Müller', 'Okafor', 'Nguyen', 'García', 'Kowalski', 'Tanaka', 'Dubois', 'Rossi', 'Smith'];
const COMPANIES = ['Northwind', 'Contoso', 'Fabrikam', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Soylent'];

/** `count` leads over `spanDays` before `end`, each with 5 activities, a task, and some checklists and handoffs. */
export function generateDataset(count: number, { seed = 7, end = Date.UTC(2026, 10, 20), spanDays = 90 } = {}): Dataset {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const data: Dataset = { leads: [], activities: [], tasks: [], checklists: [], handoffs: [] };
  for (let i = 0; i < count; i += 1) {
    const id = `lead-${i.toString().padStart(6, '0')}`;
    const inquiryAt = end - Math.floor(next() * spanDays * 86_400_000);
    const createdAt = inquiryAt + Math.floor(next() * 600_000);
    const first = pick(FIRST);
    const last = pick(LAST);
    const company = pick(COMPANIES);
    const domain = `${company.toLowerCase()}.example`;
    // Answered within 0–20 minutes (a third within 5), or never.
    const contactedAt = next() < 0.8 ? inquiryAt + Math.floor(next() ** 2 * 1_200_000) : null;
    const stage = contactedAt === null ? 'new' : pick(STAGES);
    const channel = pick(CHANNELS);
    const lead = makeLead({
      id,
      createdAt,
      updatedAt: createdAt + 1000,
      fullName: `${first} ${last}`,
      firstName: first,
      lastName: last,
      title: pick(['CTO', 'Head of Sales', 'Buyer', '=Procurement "lead"']),
      company: { name: company, domain, website: `https://${domain}` },
      emails: [`${first}.${last}.${i}@${domain}`.toLowerCase().normalize('NFD').replace(/[^\x20-\x7e]/g, '')],
      phones: next() < 0.5 ? [`+1415555${(1000 + (i % 9000)).toString()}`] : [],
      linkedinUrl: next() < 0.4 ? `https://www.linkedin.com/in/${first.toLowerCase()}-${i}/`.normalize('NFD').replace(/[^\x20-\x7e]/g, '') : null,
      location: pick(['Lisbon, PT', 'Berlin, DE', null]),
      interest: pick(['Pricing, volume', 'Demo\nnext week', null]),
      budget: next() < 0.3 ? { amount: Math.round(next() * 50_000), currency: 'USD' } : null,
      owner: pick(['Sam', null]),
      tags: next() < 0.3 ? ['budget:yes', 'q4'] : [],
      stage,
      score: Math.round(next() * 100),
      tier: pick(['cold', 'mql', 'sql'] as const),
      source: {
        channel,
        url: `https://example.com/contact?utm_source=ads&n=${i}`,
        title: 'Contact us',
        capturedAt: createdAt,
        inquiryAt,
        utm: { utm_source: 'ads' },
      },
      consent: {
        basis: pick(['consent', 'legitimate_interest', 'contract', 'none_recorded'] as const),
        recordedAt: createdAt,
        note: null,
        noticeSentAt: next() < 0.5 ? createdAt + 3_600_000 : null,
      },
      provenance: { fullName: { captureId: `cap-${i}`, url: 'https://example.com/contact', at: createdAt } },
      firstContactAt: contactedAt,
    });
    data.leads.push(lead);
    const act = (n: number, fields: Record<string, unknown>) =>
      ({ id: `${id}-a${n}`, leadId: id, ...fields }) as Activity;
    data.activities.push(
      act(0, { type: 'captured', at: createdAt, channel, url: lead.source.url }),
      contactedAt === null
        ? act(1, { type: 'note', at: createdAt + 1, text: 'Left a voicemail' })
        : act(1, { type: 'contacted', at: contactedAt, channel: 'email' }),
      act(2, { type: 'stage_changed', at: createdAt + Math.floor(next() * 3 * 86_400_000), from: 'new', to: 'contacted' }),
      act(3, { type: 'note', at: createdAt + 9_000_000, text: 'Asked for a quote' }),
      stage === 'won'
        ? act(4, { type: 'won', at: createdAt + 86_400_000, value: 1200 + Math.round(next() * 8000), currency: 'USD' })
        : next() < 0.4
          ? act(4, { type: 'meeting_booked', at: createdAt + 86_400_000, meetingAt: createdAt + 3 * 86_400_000 })
          : act(4, { type: 'note', at: createdAt + 86_400_000, text: 'Sent the price list' }),
    );
    data.tasks.push({
      id: `${id}-t0`,
      leadId: id,
      kind: 'first_contact',
      status: contactedAt === null ? 'pending' : 'done',
      dueAt: inquiryAt + 300_000,
      doneAt: contactedAt,
      notifiedAt: null,
    });
    if (i % 3 === 0) {
      data.checklists.push({
        leadId: id,
        templateId: 'bant',
        answers: { budget: { value: 'yes', note: null, answeredAt: createdAt + 1 } },
        updatedAt: createdAt + 1,
      });
    }
    if (i % 5 === 0) {
      data.handoffs.push({
        id: `${id}-h0`,
        leadId: id,
        createdAt: createdAt + 2,
        note: `Hand-off for ${first}`,
        format: 'text',
        via: 'copy',
        to: null,
        result: { ok: true, status: null, error: null },
      });
    }
  }
  return data;
}
