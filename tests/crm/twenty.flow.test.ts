import { createTwentyAdapter } from '@/lib/crm/twenty';
import { seedTwenty, twentyRoutes } from './fakes/twenty';
import { describeFlows } from './flow-harness';

describeFlows({
  kind: 'twenty',
  baseUrl: 'https://crm.acme.example',
  factory: createTwentyAdapter,
  routes: twentyRoutes,
  seed: seedTwenty,
  tables: { person: 'people', company: 'companies', deal: 'opportunities' },
  ownerId: 'workspaceMembers-1',
  searchesLinkedIn: true,
  seedPerson: (core, person) =>
    core.insert('people', {
      name: { firstName: person.firstName ?? '', lastName: person.lastName ?? '' },
      emails: { primaryEmail: person.email ?? '' },
      jobTitle: person.title ?? '',
      phones: { primaryPhoneNumber: person.phone ?? '' },
      city: person.city ?? '',
      linkedinLink: { primaryLinkUrl: person.linkedinUrl ?? '' },
    }).id,
  dealAmount: (core) => {
    const amount = core.all('opportunities')[0]?.data.amount as { amountMicros: number } | undefined;
    return amount ? amount.amountMicros / 1_000_000 : null;
  },
});
