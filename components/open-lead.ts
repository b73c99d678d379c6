// Opening one lead in the side panel from elsewhere (issue 17): the popup's triage list writes the
// request to storage.session and opens the panel, which takes the request when it mounts or, when
// already open, as it arrives. A reminder's click opens the panel page in a tab as ?lead=<id>.
import { useEffect } from 'react';
import { browser } from 'wxt/browser';

const OPEN_KEY = 'leadclip.openLead';

export function requestOpenLead(leadId: string): Promise<void> {
  return browser.storage.session.set({ [OPEN_KEY]: leadId });
}

async function takeRequest(): Promise<string | null> {
  const stored = await browser.storage.session.get(OPEN_KEY);
  const leadId = stored[OPEN_KEY];
  if (typeof leadId !== 'string') return null;
  await browser.storage.session.remove(OPEN_KEY);
  return leadId;
}

/** Opens each requested lead with `open`: from the page's ?lead= and from the popup. */
export function useOpenLeadRequests(open: (leadId: string) => void): void {
  useEffect(() => {
    const fromUrl = new URLSearchParams(globalThis.location?.search ?? '').get('lead');
    if (fromUrl) open(fromUrl);
    const take = () =>
      void takeRequest().then((leadId) => {
        if (leadId) open(leadId);
      });
    take();
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && typeof changes[OPEN_KEY]?.newValue === 'string') take();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, [open]);
}
