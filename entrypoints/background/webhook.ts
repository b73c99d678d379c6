// The one network call LeadClip makes: the rep's own CRM webhook (DESIGN.md §6). The host
// permission was granted when the rep saved the URL on the options page.
export async function postWebhook(url: string, body: unknown): Promise<number> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    credentials: 'omit',
    signal: AbortSignal.timeout(15_000),
  });
  return response.status;
}
