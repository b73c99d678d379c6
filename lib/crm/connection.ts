// A CRM connection as the background keeps it in storage.local (issue 14). The token is in it and
// never leaves the background: pages get a status with the token's last four characters only.
import { z } from 'zod';
import type { CrmStatus } from '../protocol';
import { CrmKind } from '../schema';
import type { AdapterFactory, AdapterOptions, CrmAdapter } from './adapter';
import { createAttioAdapter } from './attio';
import type { CrmTransport } from './http';
import { createHubSpotAdapter } from './hubspot';
import { createPipedriveAdapter } from './pipedrive';
import { createTwentyAdapter } from './twenty';
import { DEFAULT_BASE_URL } from './hosts';

export { DEFAULT_BASE_URL, hostPatternFor } from './hosts';

export const CRM_STORAGE_KEY = 'crmConnection';

export const StoredConnection = z.object({
  kind: CrmKind,
  baseUrl: z.url({ protocol: /^https?$/ }),
  token: z.string().min(1),
  account: z.string(),
  ownerId: z.string().nullable(),
  pipelineId: z.string().nullable(),
  stageId: z.string().nullable(),
  connectedAt: z.number(),
});
export type StoredConnection = z.infer<typeof StoredConnection>;


const FACTORIES: Record<CrmKind, AdapterFactory> = {
  hubspot: createHubSpotAdapter,
  pipedrive: createPipedriveAdapter,
  attio: createAttioAdapter,
  twenty: createTwentyAdapter,
};

export function adapterFor(connection: Pick<StoredConnection, 'kind' | 'token' | 'baseUrl'>, transport: CrmTransport, options?: AdapterOptions): CrmAdapter {
  return FACTORIES[connection.kind](connection, transport, options);
}

/** Only Twenty runs self-hosted; the others are reached at their public API. */
export function baseUrlFor(kind: CrmKind, baseUrl: string | null): string {
  if (!baseUrl) return DEFAULT_BASE_URL[kind];
  if (kind !== 'twenty') throw new Error('Only Twenty takes a server address; the other CRMs are reached at their public API.');
  return new URL(baseUrl).origin;
}


export const maskToken = (token: string) => `••••${token.slice(-4)}`;

export function statusOf(connection: StoredConnection | null): CrmStatus {
  if (!connection) return { connected: false };
  const { kind, baseUrl, account, ownerId, pipelineId, stageId, token } = connection;
  return { connected: true, kind, baseUrl, account, tokenHint: maskToken(token), ownerId, pipelineId, stageId };
}
