// Capturing from any tab, shared by the background (context menu, keyboard shortcut), the popup
// ("Clip this page") and the side panel ("Capture this tab", "Clip selected text"): inject the page
// extractor (activeTab or the site's granted permission + scripting), send the draft to the single
// writer, and remember the outcome for the side panel's review card.
import { type Browser, browser } from 'wxt/browser';
import { isNotALead, refusalText } from '@/lib/extract/not-a-lead';
import { readSelection } from '@/lib/extract/selection';
import type { Reply } from '@/lib/protocol';
import type { LeadDraft, NotALead } from '@/lib/schema';

export type CaptureOutcomeKind = 'saved' | 'merged' | 'unreadable' | 'failed';

export interface CaptureOutcome {
  kind: CaptureOutcomeKind;
  message: string;
  leadId: string | null;
  activityId: string | null;
  url: string | null;
  at: number;
}

const OUTCOME_KEY = 'leadclip.captureOutcome';

/**
 * The latest capture outcome of this browser session (storage.session: gone when the browser
 * closes, unreadable by content scripts); the side panel's review card shows it.
 */
export const lastCaptureOutcome = {
  async getValue(): Promise<CaptureOutcome | null> {
    const stored = await browser.storage.session.get(OUTCOME_KEY);
    return (stored[OUTCOME_KEY] as CaptureOutcome | undefined) ?? null;
  },
  async setValue(outcome: CaptureOutcome): Promise<void> {
    await browser.storage.session.set({ [OUTCOME_KEY]: outcome });
  },
  watch(callback: (outcome: CaptureOutcome | null) => void): () => void {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && OUTCOME_KEY in changes) callback((changes[OUTCOME_KEY]!.newValue as CaptureOutcome | undefined) ?? null);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};

export const UNREADABLE_PAGE =
  'LeadClip could not read this page. Select the person’s details, right-click and choose “Clip selection as lead”.';
export const NO_SELECTION = 'Nothing is selected. Select the person’s name, email or phone on the page first.';

/**
 * Runs the page extractor in the tab: the draft, why the page is not a lead (a notification that is
 * an autoresponder receipt, a digest, a cancelled booking), or null when it names no one or cannot be read.
 */
export async function extractTab(tabId: number, url: string | null = null, frameId?: number): Promise<LeadDraft | NotALead | null> {
  // Gmail has a reader of its own; every other site gets the page reader (LinkedIn's, or the generic one).
  const gmail = url !== null && URL.canParse(url) && new URL(url).hostname === 'mail.google.com';
  const target = frameId === undefined ? { tabId } : { tabId, frameIds: [frameId] };
  try {
    const [injection] = await browser.scripting.executeScript({ target, files: [gmail ? '/gmail-extract.js' : '/page-extract.js'] });
    return (injection?.result as LeadDraft | NotALead | null | undefined) ?? null;
  } catch {
    // Browser pages (chrome://, the web store, PDFs) and tabs without an activeTab grant refuse scripts.
    return null;
  }
}

/** The text selected in the tab, or null when the tab cannot be read. */
export async function selectedText(tabId: number): Promise<string | null> {
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      func: () => globalThis.getSelection?.()?.toString() ?? '',
    });
    return typeof injection?.result === 'string' ? injection.result : null;
  } catch {
    return null;
  }
}

/** "Lead saved", "Updated existing lead", or "Already saved: nothing new" for a re-clip that changed nothing. */
export const captureMessage = ({ created, activityId }: { created: boolean; activityId: string | null }) =>
  created ? 'Lead saved' : activityId ? 'Updated existing lead' : 'Already saved: nothing new';

type CaptureReply = Reply<{ leadId: string; created: boolean; activityId: string | null }>;

/** The tab a capture reads: its URL is known only where LeadClip may read the page. */
export type CaptureTab = Pick<Browser.tabs.Tab, 'id' | 'url'> | undefined;

/** Hands a draft to the single writer: a command from a page, the router itself in the background. */
export type SubmitDraft = (draft: LeadDraft) => Promise<CaptureReply>;

/** Reads the tab's page, saves what it names (a refused notification is not sent), and records the outcome. */
export async function capturePage(tab: CaptureTab, submit: SubmitDraft): Promise<CaptureOutcome> {
  const draft = tab?.id === undefined ? null : await extractTab(tab.id, tab.url ?? null);
  return recordOutcome(draft && !isNotALead(draft) ? await submit(draft) : draft, tab?.url ?? null);
}

/** What the rep reads when the page is not a lead: the reason, as the in-page Clip lead button words it. */
export const refusalMessage = (refusal: NotALead) => `Not saved: ${refusalText(refusal)}`;

/** Reads the text selected in the tab, saves the person it names, and records the outcome. */
export async function captureSelectedText(tab: CaptureTab, submit: SubmitDraft): Promise<CaptureOutcome> {
  const text = tab?.id === undefined ? null : await selectedText(tab.id);
  if (text === null) return recordOutcome(null, tab?.url ?? null);
  const url = tab?.url && URL.canParse(tab.url) ? new URL(tab.url) : null;
  const draft = text.trim() ? readSelection(text, url) : null;
  if (isNotALead(draft)) return recordOutcome(draft, tab?.url ?? null);
  if (!draft) {
    const outcome: CaptureOutcome = { kind: 'unreadable', message: text.trim() ? UNREADABLE_PAGE : NO_SELECTION, leadId: null, activityId: null, url: tab?.url ?? null, at: Date.now() };
    await lastCaptureOutcome.setValue(outcome);
    return outcome;
  }
  return recordOutcome(await submit(draft), tab?.url ?? null);
}

/**
 * Words a capture reply for the rep and records it as the latest outcome; a refusal (the page is a
 * notification but not a lead) is a failure with its reason, since selecting text would not help.
 */
export async function recordOutcome(reply: CaptureReply | NotALead | null, url: string | null, now = Date.now()): Promise<CaptureOutcome> {
  const outcome: CaptureOutcome =
    reply === null
      ? { kind: 'unreadable', message: UNREADABLE_PAGE, leadId: null, activityId: null, url, at: now }
      : 'kind' in reply
        ? { kind: 'failed', message: refusalMessage(reply), leadId: null, activityId: null, url, at: now }
        : reply.ok
        ? {
            kind: reply.value.created ? 'saved' : 'merged',
            message: captureMessage(reply.value),
            leadId: reply.value.leadId,
            activityId: reply.value.activityId,
            url,
            at: now,
          }
        : { kind: 'failed', message: reply.error.message, leadId: null, activityId: null, url, at: now };
  await lastCaptureOutcome.setValue(outcome);
  return outcome;
}
