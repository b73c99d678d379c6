// Contract tests (issue 14): each adapter runs every operation of its interface against Prism
// serving the repository's own OpenAPI description of that CRM (tests/crm/openapi/) on 127.0.0.1.
// Prism validates each request against the description and reports what does not match in an
// `sl-violations` header (or a problem document); any violation fails the test.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import type { AdapterFactory, CrmAdapter } from '@/lib/crm/adapter';
import type { CrmKind } from '@/lib/schema';

const PRISM = path.resolve('node_modules/.bin/prism');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface PrismServer {
  origin: string;
  /** Every violation Prism reported, with the request it was about. */
  violations: string[];
  fetch: typeof fetch;
  stop: () => Promise<void>;
}

export async function startPrism(spec: string): Promise<PrismServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(PRISM, ['mock', path.resolve(spec), '-h', '127.0.0.1', '-p', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Prism did not start within 60 s:\n${output}`)), 60_000);
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Prism is listening')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', listen);
    child.stderr!.on('data', listen);
    child.once('exit', (code) => reject(new Error(`Prism exited (${code}):\n${output}`)));
  });
  const violations: string[] = [];
  const checked = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await fetch(input, init);
    const where = `${init?.method ?? 'GET'} ${new URL(String(input)).pathname}`;
    const header = response.headers.get('sl-violations');
    if (header) violations.push(`${where}: ${header}`);
    // Where the description has no error answer to send, Prism answers an invalid request with its
    // own problem document (422 UNPROCESSABLE_ENTITY, 404 NO_PATH_MATCHED …) instead of the header.
    if (response.headers.get('content-type')?.startsWith('application/problem+json')) violations.push(`${where}: ${await response.clone().text()}`);
    return response;
  }) as typeof fetch;
  return {
    origin: `http://127.0.0.1:${port}`,
    violations,
    fetch: checked,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

export interface ContractSubject {
  kind: CrmKind;
  spec: string;
  factory: AdapterFactory;
  /** A request that breaks the description, to show Prism's validation is on. */
  invalid: { method: string; path: string; body: unknown; headers: Record<string, string> };
}

/** Calls every operation of the adapter interface once, feeding each answer's ids to the next. */
async function exercise(adapter: CrmAdapter): Promise<string[]> {
  const done: string[] = [];
  const step = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const result = await run();
    done.push(name);
    return result;
  };
  await step('testConnection', () => adapter.testConnection());
  const [owner] = await step('listOwners', () => adapter.listOwners());
  const pipelines = await step('listPipelines', () => adapter.listPipelines());
  const pipeline = pipelines.find((each) => each.stages.length) ?? null;
  await step('findPerson by email', () => adapter.findPerson({ email: 'priya.raman@northwind-logistics.example' }));
  if (adapter.personFields.includes('linkedinUrl')) await step('findPerson by LinkedIn', () => adapter.findPerson({ linkedinUrl: 'https://www.linkedin.com/in/priya-raman/' }));
  const fields = { firstName: 'Priya', lastName: 'Raman', email: 'priya.raman@northwind-logistics.example', title: 'Head of Operations', phone: '+14155550123', linkedinUrl: 'https://www.linkedin.com/in/priya-raman/', city: 'Oakland, CA' };
  const person = await step('createPerson', () => adapter.createPerson(fields, owner?.id ?? null));
  await step('readPerson', () => adapter.readPerson(person.id));
  await step('updatePerson', () => adapter.updatePerson(person.id, { title: 'Head of Operations', phone: '+14155550123' }));
  await step('findCompany by domain', () => adapter.findCompany({ domain: 'northwind-logistics.example' }));
  await step('findCompany by name', () => adapter.findCompany({ name: 'Northwind Logistics' }));
  const company = await step('createCompany', () => adapter.createCompany({ name: 'Northwind Logistics', domain: 'northwind-logistics.example' }, owner?.id ?? null));
  await step('linkPersonToCompany', () => adapter.linkPersonToCompany(person.id, company.id));
  await step('findDeal', () => adapter.findDeal(person.id, 'Priya Raman — Northwind Logistics'));
  const deal = await step('createDeal', () =>
    adapter.createDeal(
      { title: 'Priya Raman — Northwind Logistics', amount: 48_000, currency: 'USD', ownerId: owner?.id ?? null, pipelineId: pipeline?.id ?? null, stageId: pipeline?.stages[0]?.id ?? null },
      person.id,
      company.id,
    ),
  );
  for (const target of [{ kind: 'person' as const, id: person.id }, { kind: 'deal' as const, id: deal.id }]) {
    await step(`findNote on ${target.kind}`, () => adapter.findNote(target, 'LeadClip handoff job-1'));
    await step(`addNote on ${target.kind}`, () => adapter.addNote(target, 'Handoff: Priya Raman\n\nLeadClip handoff job-1'));
  }
  return done;
}

export function describeContract(subject: ContractSubject): void {
  describe(`${subject.kind} contract`, () => {
    let prism: PrismServer;
    beforeAll(async () => {
      prism = await startPrism(subject.spec);
    }, 70_000);
    afterAll(() => prism?.stop());

    it('sends only requests its OpenAPI description allows, and understands every answer', async () => {
      const adapter = subject.factory({ kind: subject.kind, token: 'contract-test-token', baseUrl: prism.origin }, { fetch: prism.fetch, now: () => Date.now() });
      const operations = await exercise(adapter);
      expect(prism.violations).toStrictEqual([]);
      expect(operations.length).toBeGreaterThanOrEqual(17);
    });

    it('is checked by a Prism that does validate requests', async () => {
      const { method, path: where, body, headers } = subject.invalid;
      await prism.fetch(`${prism.origin}${where}`, { method, body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });
      expect(prism.violations.length).toBeGreaterThan(0);
      prism.violations.length = 0;
    });
  });
}
