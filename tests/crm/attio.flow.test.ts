import { createAttioAdapter } from '@/lib/crm/attio';
import { attioIds, attioRoutes } from './fakes/attio';
import { describeFlows } from './flow-harness';

describeFlows({
  kind: 'attio',
  baseUrl: 'https://api.attio.com',
  factory: createAttioAdapter,
  routes: attioRoutes,
  seed: () => undefined,
  ids: attioIds,
  tables: { person: 'people', company: 'companies', deal: 'deals' },
  ownerId: 'wm-dana',
  searchesLinkedIn: true,
  seedPerson: (core, person) =>
    core.insert('people', {
      name: [{ first_name: person.firstName, last_name: person.lastName, full_name: `${person.firstName} ${person.lastName}` }],
      email_addresses: [{ email_address: person.email }],
      job_title: [{ value: person.title }],
      ...(person.linkedinUrl ? { linkedin: [{ value: person.linkedinUrl }] } : {}),
    }).id,
  dealAmount: (core) => ((core.all('deals')[0]?.data.value as { currency_value: number }[] | undefined)?.[0]?.currency_value ?? null),
});
