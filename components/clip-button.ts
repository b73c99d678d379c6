// The "Clip lead" button injected into Gmail and LinkedIn. Plain DOM, no React: content scripts
// stay within the 30 KB budget of DESIGN.md §7, and text is only ever set with textContent.
// The button lives in an open shadow root beside its anchor; it is re-created whenever the
// single-page app renders the anchor again, and removed when the extension context is invalidated
// (update, reload). Written by hand rather than with WXT's createShadowRootUi: the same behaviour
// for about 2.5 KB less in each content script.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendCommand } from '@/lib/messaging';
import { isNotALead, refusalText } from '@/lib/extract/not-a-lead';
import type { Reply, ResultOf } from '@/lib/protocol';
import type { LeadDraft, NotALead } from '@/lib/schema';
import { captureMessage } from './capture-tab';

export interface ClipOutcome {
  ok: boolean;
  message: string;
  /** The capture's activity, when there is something to undo. */
  activityId?: string;
}

export interface ClipButtonOptions {
  /** Where the button goes; it mounts and unmounts as the page adds and removes this element. */
  anchor: string;
  append?: 'first' | 'last' | 'before' | 'after';
  clip: () => Promise<ClipOutcome>;
  /** Another custom element name for a second button on the same page (LinkedIn's conversation beside its profile). */
  name?: string;
}

const NAME = 'leadclip-clip';

const CSS =
  '.leadclip{display:inline-flex;align-items:center;gap:8px;margin:4px 8px;font:500 13px/1.2 system-ui,sans-serif}' +
  'button{font:inherit;color:#fff;background:#0b57d0;border:0;border-radius:16px;padding:6px 14px;cursor:pointer}' +
  'button:hover{background:#0842a0}' +
  'button.undo{color:#0b57d0;background:transparent;border:1px solid #0b57d0;padding:4px 10px}' +
  'button:focus-visible{outline:3px solid #f9ab00;outline-offset:2px}' +
  "button[aria-busy='true']{opacity:.7;cursor:progress}" +
  "[role='status']{color:#1f1f1f}" +
  "[role='status'][data-ok='false']{color:#b3261e}";

function buildButton(clip: () => Promise<ClipOutcome>): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.className = 'leadclip';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Clip lead';
  const status = document.createElement('span');
  status.setAttribute('role', 'status');
  const undo = document.createElement('button');
  undo.type = 'button';
  undo.className = 'undo';
  undo.textContent = 'Undo';
  undo.hidden = true;
  let activityId: string | undefined;

  const show = (outcome: ClipOutcome) => {
    status.textContent = outcome.message;
    status.dataset.ok = String(outcome.ok);
    activityId = outcome.activityId;
    undo.hidden = !activityId;
  };

  button.addEventListener('click', async () => {
    if (button.getAttribute('aria-busy') === 'true') return;
    button.setAttribute('aria-busy', 'true');
    show({ ok: true, message: 'Clipping…' });
    show(await clip().catch((error: unknown): ClipOutcome => ({ ok: false, message: `Not saved: ${String(error)}` })));
    button.removeAttribute('aria-busy');
  });
  undo.addEventListener('click', async () => {
    if (!activityId) return;
    const reply = await sendCommand(browser.runtime, 'capture.undo', { activityId });
    show(reply.ok ? { ok: true, message: reply.value.undone === 'deleted' ? 'Capture undone' : 'Update undone' } : { ok: false, message: reply.error.message });
  });
  wrapper.append(button, status, undo);
  // Single-page navigation to another message or profile: the old outcome no longer applies.
  wrapper.addEventListener('leadclip:reset', () => show({ ok: true, message: '' }));
  return wrapper;
}

/** Inserts the host where `append` says, relative to the anchor. */
function place(anchor: Element, host: Element, append: ClipButtonOptions['append']): void {
  if (append === 'first') anchor.prepend(host);
  else if (append === 'last') anchor.append(host);
  else if (append === 'before') anchor.before(host);
  else anchor.after(host);
}

export function mountClipButton(ctx: ContentScriptContext, options: ClipButtonOptions): void {
  const name = options.name ?? NAME;
  let anchored: Element | null = null;
  let host: HTMLElement | null = null;

  const unmount = () => {
    host?.remove();
    host = anchored = null;
  };
  const mount = (anchor: Element) => {
    // One button per page: a re-rendered anchor may leave an old host behind in the page's DOM.
    for (const stale of document.querySelectorAll(name)) stale.remove();
    host = document.createElement(name);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = `:host{all:initial!important}${CSS}`;
    shadow.append(style, buildButton(options.clip));
    // Keys typed in the button are ours: Gmail's and LinkedIn's shortcuts must not see them.
    for (const type of ['keydown', 'keyup', 'keypress']) shadow.addEventListener(type, (event) => event.stopPropagation());
    place(anchor, host, options.append ?? 'after');
    anchored = anchor;
  };
  // The page renders, replaces and removes the anchor as the rep moves around the app.
  const sync = () => {
    const anchor = document.querySelector(options.anchor);
    if (!anchor) {
      if (host) unmount();
      return;
    }
    if (anchor === anchored && host?.isConnected) return;
    // A button another copy of this script placed at the anchor (the old one lingers for a moment
    // after an update) is left alone: taking turns removing each other's would never end.
    const other = document.querySelector(name);
    if (other && other !== host && (anchor.contains(other) || other.previousElementSibling === anchor || other.nextElementSibling === anchor)) {
      host = null;
      anchored = anchor;
      return;
    }
    mount(anchor);
  };
  const observer = new MutationObserver(sync);
  observer.observe(document, { childList: true, subtree: true });
  sync();
  ctx.onInvalidated(() => {
    observer.disconnect();
    unmount();
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => host?.shadowRoot?.querySelector('.leadclip')?.dispatchEvent(new Event('leadclip:reset')));
}

/** Sends an extracted draft to the background and words the answer for the rep. */
export async function sendCapture(draft: LeadDraft | NotALead | null, unreadable: string): Promise<ClipOutcome> {
  if (!draft) return { ok: false, message: unreadable };
  if (isNotALead(draft)) return { ok: false, message: `Not saved: ${refusalText(draft)}` };
  return outcomeOf(await sendCommand(browser.runtime, 'lead.capture', draft));
}

/** Asks the background to read this tab and save who it names (Gmail: the reader is injected on the click). */
export async function clipThisTab(): Promise<ClipOutcome> {
  return outcomeOf(await sendCommand(browser.runtime, 'tab.clip', {}));
}

function outcomeOf(reply: Reply<ResultOf<'lead.capture'>>): ClipOutcome {
  if (!reply.ok) return { ok: false, message: reply.error.message };
  return {
    ok: true,
    message: captureMessage(reply.value),
    activityId: reply.value.activityId ?? undefined,
  };
}
