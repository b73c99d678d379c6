import { createPipedriveAdapter } from '@/lib/crm/pipedrive';
import { describeContract } from './contract-harness';

describeContract({
  kind: 'pipedrive',
  spec: 'tests/crm/openapi/pipedrive.yaml',
  factory: createPipedriveAdapter,
  invalid: { method: 'POST', path: '/api/v2/deals', body: { title: 'No person', value: -5 }, headers: { 'x-api-token': 'x' } },
});
