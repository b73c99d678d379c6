// `npm run test:crm`: the CRM adapters' contract tests (Prism, request validation on) and flow
// tests (stateful fakes), one line per CRM. Writes .test-reports/crm.json for tests/summary.mjs.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { CRM_KINDS, CRM_NAMES } from '@/lib/schema';

const REPORT = '.test-reports/crm.json';
const run = spawnSync('npx', ['vitest', 'run', '--project', 'crm'], { stdio: 'inherit', env: { ...process.env, LEADCLIP_VITEST_REPORT: REPORT } });

interface FileResult {
  name: string;
  assertionResults: { status: string }[];
}
const report = JSON.parse(readFileSync(REPORT, 'utf8')) as { testResults: FileResult[] };

let complete = run.status === 0;
for (const kind of CRM_KINDS) {
  const count = (tier: 'contract' | 'flow') => {
    const tests = report.testResults.filter((file) => file.name.endsWith(`/${kind}.${tier}.test.ts`)).flatMap((file) => file.assertionResults);
    const passed = tests.filter((test) => test.status === 'passed').length;
    if (!tests.length || passed !== tests.length) complete = false;
    return `${tier} ${passed}/${tests.length}`;
  };
  const line = `${count('contract')}, ${count('flow')}`;
  console.log(`${CRM_NAMES[kind].padEnd(10)} ${line}`);
}
process.exitCode = complete ? 0 : 1;
