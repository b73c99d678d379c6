// The state and the faults every fake CRM shares; each CRM's file (./twenty.ts, …) maps that CRM's
// HTTP API onto it. A fake is a function from a fetch Request to a Response, so flow tests call it
// in process and the e2e test and the bench serve it on 127.0.0.1 (./serve.ts).
export interface FakeRecord {
  id: string;
  createdAt: number;
  data: Record<string, unknown>;
}

export interface Faults {
  /** Records younger than this are missing from searches and filtered lists (index lag). */
  searchLagMs: number;
  /** The next N creates are stored, but their answer is lost on the way back. */
  dropCreateAnswers: number;
  /** The next N requests fail with 503. */
  serverErrors: number;
  /** The next N requests answer 429 with this Retry-After (seconds or an HTTP date). */
  rateLimited: { count: number; retryAfter: string };
  /** Every request answers 401 (the rep revoked the token). */
  revoked: boolean;
  /** The CRM's own window: a request beyond it answers 429 with Retry-After. */
  window: { units: number; windowMs: number } | null;
}

export type Route = (request: Request, url: URL, core: FakeCrmCore) => Promise<Response | null> | Response | null;

export class LostAnswer extends TypeError {
  constructor() {
    super('Failed to fetch (the fake CRM dropped the answer)');
  }
}

export class FakeCrmCore {
  readonly tables = new Map<string, Map<string, FakeRecord>>();
  readonly faults: Faults = { searchLagMs: 0, dropCreateAnswers: 0, serverErrors: 0, rateLimited: { count: 0, retryAfter: '1' }, revoked: false, window: null };
  /** Every request that reached the fake, for assertions on what was sent. */
  readonly log: { method: string; path: string; status: number; at: number; body: unknown }[] = [];
  private sequence = 0;
  private spent: number[] = [];

  constructor(
    readonly now: () => number,
    readonly token: string,
    private readonly idOf: (table: string, n: number) => string = (table, n) => `${table}-${n}`,
  ) {}

  table(name: string): Map<string, FakeRecord> {
    let table = this.tables.get(name);
    if (!table) this.tables.set(name, (table = new Map()));
    return table;
  }

  /** Seeds or creates a record. */
  insert(name: string, data: Record<string, unknown>, createdAt = this.now() - 86_400_000): FakeRecord {
    this.sequence += 1;
    const record = { id: this.idOf(name, this.sequence), createdAt, data };
    this.table(name).set(record.id, record);
    return record;
  }

  all(name: string): FakeRecord[] {
    return [...this.table(name).values()];
  }

  /** What a search or a filtered list sees: records older than the index lag. */
  searchable(name: string): FakeRecord[] {
    return this.all(name).filter((record) => this.now() - record.createdAt >= this.faults.searchLagMs);
  }

  /** Applies the faults that come before routing; null lets the request through. */
  gate(request: Request): Response | null {
    const auth = request.headers.get('authorization') ?? request.headers.get('x-api-token') ?? new URL(request.url).searchParams.get('api_token');
    if (this.faults.revoked || !auth?.includes(this.token)) return json(401, { message: 'Invalid or revoked token' });
    if (this.faults.rateLimited.count > 0) {
      this.faults.rateLimited.count -= 1;
      return json(429, { message: 'Too many requests' }, { 'retry-after': this.faults.rateLimited.retryAfter });
    }
    if (this.faults.window) {
      const { units, windowMs } = this.faults.window;
      this.spent = this.spent.filter((at) => at > this.now() - windowMs);
      if (this.spent.length >= units) {
        const wait = Math.ceil((this.spent[0]! + windowMs - this.now()) / 1000);
        return json(429, { message: 'Rate limit exceeded' }, { 'retry-after': String(Math.max(1, wait)) });
      }
      this.spent.push(this.now());
    }
    if (this.faults.serverErrors > 0) {
      this.faults.serverErrors -= 1;
      return json(503, { message: 'Service temporarily unavailable' });
    }
    return null;
  }

  /** Throws LostAnswer after a create when a dropped answer is due: the record stays stored. */
  answerCreate(response: Response): Response {
    if (this.faults.dropCreateAnswers > 0) {
      this.faults.dropCreateAnswers -= 1;
      throw new LostAnswer();
    }
    return response;
  }

  handler(routes: Route[]): (request: Request) => Promise<Response> {
    return async (request) => {
      const url = new URL(request.url);
      const body = request.method === 'GET' ? null : await request.clone().json().catch(() => null);
      const entry = { method: request.method, path: url.pathname + url.search, status: 0, at: this.now(), body };
      this.log.push(entry);
      const response = this.gate(request) ?? (await firstAnswer(routes, request, url, this)) ?? json(404, { message: `No route for ${request.method} ${url.pathname}` });
      entry.status = response.status;
      return response;
    };
  }

  /** fetch, as the adapters call it, answered by this fake in process. */
  fetcher(routes: Route[]): typeof fetch {
    const handle = this.handler(routes);
    return ((input: RequestInfo | URL, init?: RequestInit) => handle(new Request(input, init))) as typeof fetch;
  }

  count(name: string): number {
    return this.table(name).size;
  }

  statuses(status: number): number {
    return this.log.filter((entry) => entry.status === status).length;
  }
}

async function firstAnswer(routes: Route[], request: Request, url: URL, core: FakeCrmCore): Promise<Response | null> {
  for (const route of routes) {
    const answer = await route(request, url, core);
    if (answer) return answer;
  }
  return null;
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

/** Matches `METHOD /path/:param` and hands the params to `answer`; an answer of null passes the request on. */
export function on(method: string, pattern: string, answer: (params: Record<string, string>, request: Request, url: URL, core: FakeCrmCore) => Promise<Response | null> | Response | null): Route {
  const names: string[] = [];
  const regex = new RegExp(`^${pattern.replace(/:(\w+)/g, (_, name: string) => (names.push(name), '([^/]+)'))}$`);
  return (request, url, core) => {
    if (request.method !== method) return null;
    const match = regex.exec(url.pathname);
    if (!match) return null;
    return answer(Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1]!)])), request, url, core);
  };
}

/** Deep merge of a PATCH: composite fields keep the parts not sent. */
export function merge(target: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const out = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    const current = out[key];
    out[key] = isPlain(value) && isPlain(current) ? merge(current, value) : value;
  }
  return out;
}

const isPlain = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads `a.b.c` from a record's data. */
export function pick(data: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (isPlain(value) ? value[key] : undefined), data);
}
