// Reading a page from the side panel (issue 17). Chrome grants activeTab for an action click, a
// context-menu item, a keyboard command or an omnibox suggestion, never for a click in the side
// panel, so the panel's capture buttons need the site's permission. Chrome also hides a tab's URL
// from an extension that may not read it: when the URL is visible, LeadClip may already read the
// page; when it is not, the panel cannot know the origin and asks for the optional host permission
// the manifest declares for pages (https), inside the rep's click.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { CaptureTab } from './capture-tab';

export const PAGE_ORIGINS = ['https://*/*'];

export const ACCESS_REFUSED =
  'LeadClip may not read this page from the side panel. Allow it when the browser asks, or click the LeadClip toolbar button and choose “Clip this page”.';

export async function activeTab(): Promise<CaptureTab> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/**
 * The window's active tab, kept current as the rep switches tabs or pages load, so a click can
 * decide synchronously whether to ask for access (anything awaited first would lose the gesture).
 */
export function useActiveTab(): CaptureTab {
  const [tab, setTab] = useState<CaptureTab>();
  useEffect(() => {
    const refresh = () => void activeTab().then(setTab);
    refresh();
    browser.tabs.onActivated.addListener(refresh);
    browser.tabs.onUpdated.addListener(refresh);
    return () => {
      browser.tabs.onActivated.removeListener(refresh);
      browser.tabs.onUpdated.removeListener(refresh);
    };
  }, []);
  return tab;
}

/**
 * Asks for access to read the active tab when LeadClip cannot read it yet (a request for what is
 * already granted resolves at once, without asking). Call it synchronously
 * in the click handler, before any await: browsers accept the request only inside the gesture.
 */
export function requestPageAccess(tab: CaptureTab): Promise<boolean> {
  if (tab?.url) return Promise.resolve(true);
  return browser.permissions.request({ origins: PAGE_ORIGINS });
}
