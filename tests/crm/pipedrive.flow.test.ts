import { PIPEDRIVE_LEADS_INBOX, createPipedriveAdapter } from '@/lib/crm/pipedrive';
import { pipedriveIds, pipedriveRoutes, seedPipedrive } from './fakes/pipedrive';
import { describeFlows, setupFlow, type FlowSubject } from './flow-harness';

const subject: FlowSubject = {
  kind: 'pipedrive',
  baseUrl: 'https://api.pipedrive.com',
  factory: createPipedriveAdapter,
  routes: pipedriveRoutes,
  seed: seedPipedrive,
  ids: pipedriveIds,
  tables: { person: 'persons', company: 'organizations', deal: 'deals' },
  ownerId: '7001',
  searchesLinkedIn: false,
  seedPerson: (core, person) =>
    core.insert('persons', {
      name: `${person.firstName} ${person.lastName}`,
      first_name: person.firstName,
      last_name: person.lastName,
      emails: [{ value: person.email, primary: true, label: 'work' }],
      job_title: person.title,
    }).id,
  dealAmount: (core) => (core.all('deals')[0]?.data.value as number | undefined) ?? null,
};

describeFlows(subject);

describe('pipedrive leads inbox', () => {
  it('creates a lead with the budget as its value instead of a deal when the rep chose the Leads Inbox', async () => {
    const flow = await setupFlow(subject);
    const adapter = flow.adapter;
    const person = await adapter.createPerson({ firstName: 'Priya', lastName: 'Raman', email: 'priya@northwind.example', title: null, phone: null, linkedinUrl: null, city: null }, null);
    const lead = await adapter.createDeal({ title: 'Priya Raman — Northwind', amount: 48_000, currency: 'USD', ownerId: '7001', pipelineId: PIPEDRIVE_LEADS_INBOX, stageId: null }, person.id, null);
    expect(lead.url).toBe(`https://acmefreight.pipedrive.com/leads/inbox/${lead.id}`);
    expect(flow.core.all('leads').map((each) => each.data)).toStrictEqual([{ title: 'Priya Raman — Northwind', person_id: Number(person.id), owner_id: 7001, value: { amount: 48_000, currency: 'USD' } }]);
    expect(await adapter.findDeal(person.id, 'Priya Raman — Northwind')).toStrictEqual(lead);
    const note = await adapter.addNote({ kind: 'deal', id: lead.id }, 'Handoff note\n\nLeadClip handoff 1');
    expect(await adapter.findNote({ kind: 'deal', id: lead.id }, 'LeadClip handoff 1')).toStrictEqual(note);
  });
});
