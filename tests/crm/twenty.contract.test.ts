import { createTwentyAdapter } from '@/lib/crm/twenty';
import { describeContract } from './contract-harness';

describeContract({
  kind: 'twenty',
  spec: 'tests/crm/openapi/twenty.yaml',
  factory: createTwentyAdapter,
  invalid: { method: 'POST', path: '/rest/people', body: { emails: { primaryEmail: 'not an email' } }, headers: { authorization: 'Bearer x' } },
});
