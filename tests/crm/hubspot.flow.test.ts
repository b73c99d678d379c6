import { createHubSpotAdapter } from '@/lib/crm/hubspot';
import { json, on } from './fakes/core';
import { hubspotIds, hubspotRoutes, seedHubSpot } from './fakes/hubspot';
import { NOW, describeFlows, expectExactlyOne, setupFlow, type FlowSubject } from './flow-harness';

const subject: FlowSubject = {
  kind: 'hubspot',
  baseUrl: 'https://api.hubapi.com',
  factory: createHubSpotAdapter,
  routes: hubspotRoutes,
  seed: seedHubSpot,
  ids: hubspotIds,
  tables: { person: 'contacts', company: 'companies', deal: 'deals' },
  ownerId: '100001',
  searchesLinkedIn: true,
  seedPerson: (core, person) =>
    core.insert('contacts', { email: person.email, firstname: person.firstName, lastname: person.lastName, jobtitle: person.title, phone: person.phone ?? '', hs_linkedin_url: person.linkedinUrl ?? '' }).id,
  dealAmount: (core) => {
    const amount = core.all('deals')[0]?.data.amount;
    return amount === undefined ? null : Number(amount);
  },
};

describeFlows(subject);

describe('hubspot 409', () => {
  it('treats "Contact already exists. Existing ID: N" as an update of N, filling only its empty fields', async () => {
    let existingId = '';
    // A teammate creates the contact between LeadClip's lookup and its create.
    const race = on('GET', '/crm/v3/objects/contacts/:email', ({ email }, _request, url, core) => {
      if (url.searchParams.get('idProperty') !== 'email' || existingId) return null;
      existingId = core.insert('contacts', { email: email!.toLowerCase(), firstname: 'Priya', jobtitle: 'COO' }, NOW).id;
      return json(404, { status: 'error', message: 'Object not found.' });
    });
    const flow = await setupFlow(subject, [race, ...hubspotRoutes()]);
    const job = await flow.send();
    await expectExactlyOne(flow, subject, job);
    expect(flow.core.statuses(409)).toBe(1);
    expect(job.steps.person!.id).toBe(existingId);
    const person = await flow.adapter.readPerson(existingId);
    // A person with part of a name has a name: LeadClip does not complete it.
    expect(person.fields).toMatchObject({ firstName: 'Priya', lastName: null, title: 'COO', phone: '+14155550123' });
    expect(job.differed).toStrictEqual([{ field: 'title', crm: 'COO', lead: 'Head of Operations' }]);
  });
});
