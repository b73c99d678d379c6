import { createHubSpotAdapter } from '@/lib/crm/hubspot';
import { describeContract } from './contract-harness';

describeContract({
  kind: 'hubspot',
  spec: 'tests/crm/openapi/hubspot.yaml',
  factory: createHubSpotAdapter,
  invalid: { method: 'POST', path: '/crm/v3/objects/contacts', body: { properties: { email: 'priya@northwind.example' }, archived: true }, headers: { authorization: 'Bearer x' } },
});
