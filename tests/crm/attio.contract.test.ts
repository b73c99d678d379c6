import { createAttioAdapter } from '@/lib/crm/attio';
import { describeContract } from './contract-harness';

describeContract({
  kind: 'attio',
  spec: 'tests/crm/openapi/attio.yaml',
  factory: createAttioAdapter,
  invalid: { method: 'POST', path: '/v2/objects/people/records', body: { values: { name: 'Priya' } }, headers: { authorization: 'Bearer x' } },
});
