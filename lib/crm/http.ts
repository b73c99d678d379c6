// The one way an adapter talks to a CRM: plain fetch from the background, the body checked before
// it leaves and the answer checked before it is believed (DESIGN.md §10). Failures are sorted into
// the few kinds the outbox acts on differently; the token never appears in a message.
import type { z } from 'zod';
import type { RequestGate } from './gate';

/** `pending`: not a CRM failure; the outbox waits for the CRM's search index before retrying. */
export type CrmFailure = 'auth' | 'rate_limited' | 'pending' | 'conflict' | 'server' | 'network' | 'rejected' | 'bad_response';

export class CrmError extends Error {
  constructor(
    readonly kind: CrmFailure,
    message: string,
    readonly detail: { status?: number; retryAfterMs?: number; existingId?: string } = {},
  ) {
    super(message);
    this.name = 'CrmError';
  }
}

/** `Retry-After` is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

export interface CrmTransport {
  fetch: typeof fetch;
  now: () => number;
}

export interface CrmRequest<T> {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  /** Checks the body we send: a malformed request is our bug and must not reach the CRM. */
  bodySchema?: z.ZodType;
  response: z.ZodType<T>;
  /** Units this call spends of the CRM's window (Pipedrive charges searches more than reads). */
  cost?: number;
  /** A second, slower window some calls also count against (HubSpot's search). */
  gate?: RequestGate;
}

export interface CrmClientConfig {
  baseUrl: string;
  headers: Record<string, string>;
  gate: RequestGate;
  /** Turns the CRM's error body into words a rep can act on. */
  describe: (status: number, body: unknown) => string;
  /** Reads the existing record's id from a "duplicate" answer, where the CRM sends one. */
  existingId?: (status: number, body: unknown) => string | null;
}

export type CrmCall = <T>(request: CrmRequest<T>) => Promise<T>;

export function crmClient(config: CrmClientConfig, transport: CrmTransport): CrmCall {
  return async <T>(request: CrmRequest<T>): Promise<T> => {
    if (request.bodySchema) request.bodySchema.parse(request.body);
    await config.gate.take(request.cost ?? 1, transport.now);
    if (request.gate) await request.gate.take(1, transport.now);
    const url = new URL(config.baseUrl.replace(/\/$/, '') + request.path);
    for (const [key, value] of Object.entries(request.query ?? {})) url.searchParams.set(key, value);
    let response: Response;
    try {
      response = await transport.fetch(url, {
        method: request.method,
        headers: { accept: 'application/json', ...(request.body === undefined ? {} : { 'content-type': 'application/json' }), ...config.headers },
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        credentials: 'omit',
        signal: AbortSignal.timeout(20_000),
      });
    } catch (error) {
      throw new CrmError('network', `The CRM could not be reached (${error instanceof Error ? error.message : String(error)}).`);
    }
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) throw failureOf(response, body, config, transport.now());
    const parsed = request.response.safeParse(body);
    if (!parsed.success) throw new CrmError('bad_response', `The CRM answered ${request.method} ${request.path} in a shape LeadClip does not understand.`);
    return parsed.data;
  };
}

function failureOf(response: Response, body: unknown, config: CrmClientConfig, now: number): CrmError {
  const { status } = response;
  const words = config.describe(status, body);
  if (status === 401 || status === 403) return new CrmError('auth', `The CRM refused the token (${words}). Reconnect in Options → Integrations.`, { status });
  if (status === 429) {
    // Pipedrive also says when its window resets, in seconds, in x-ratelimit-reset.
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after') ?? response.headers.get('x-ratelimit-reset'), now) ?? 10_000;
    config.gate.pause(now + retryAfterMs);
    return new CrmError('rate_limited', `The CRM asked LeadClip to slow down (${words}).`, { status, retryAfterMs });
  }
  const existingId = config.existingId?.(status, body);
  if (existingId) return new CrmError('conflict', words, { status, existingId });
  if (status >= 500) return new CrmError('server', `The CRM failed (HTTP ${status}: ${words}).`, { status });
  return new CrmError('rejected', `The CRM refused the request (HTTP ${status}: ${words}).`, { status });
}

/** The `message` most CRMs put in their error bodies, else the status. */
export function messageOf(status: number, body: unknown): string {
  if (body && typeof body === 'object') {
    const record = body as Record<string, unknown>;
    for (const key of ['message', 'error', 'messages']) {
      const value = record[key];
      if (typeof value === 'string' && value) return value;
      if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
    }
  }
  return `HTTP ${status}`;
}
