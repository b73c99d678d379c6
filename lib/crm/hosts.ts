// Where each CRM's API lives, apart from the adapters so the options page can ask for the host
// permission without bundling them. Only Twenty may be somewhere else (self-hosted).
import type { CrmKind } from '../schema';

export const DEFAULT_BASE_URL: Record<CrmKind, string> = {
  hubspot: 'https://api.hubapi.com',
  pipedrive: 'https://api.pipedrive.com',
  attio: 'https://api.attio.com',
  twenty: 'https://api.twenty.com',
};

/** The host permission a CRM connection or a webhook needs, asked for on the rep's click. */
export function hostPatternFor(baseUrl: string): string {
  return `${new URL(baseUrl).origin}/*`;
}
