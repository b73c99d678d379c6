// The injected "Clip lead" button (components/clip-button.ts) on a page that renders, replaces and
// removes its anchor the way Gmail's and LinkedIn's single-page apps do.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mountClipButton } from '@/components/clip-button';

const contexts: (() => void)[] = [];

function fakeContext() {
  const invalidated: (() => void)[] = [];
  contexts.push(() => invalidated.forEach((callback) => callback()));
  const ctx = { onInvalidated: (callback: () => void) => invalidated.push(callback), addEventListener: () => undefined } as unknown as ContentScriptContext;
  return { ctx, invalidate: () => invalidated.forEach((callback) => callback()) };
}

/** Replaces an element's content with parsed markup, as the app's renderer would. */
function render(parent: Element, html: string) {
  parent.replaceChildren(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const hosts = () => [...document.querySelectorAll('leadclip-clip')];
const button = () => hosts()[0]?.shadowRoot?.querySelector('button');

describe('the injected Clip lead button', () => {
  beforeEach(() => {
    render(document.body, '<main><h2 class="hP">Pricing for 40 trucks</h2></main>');
  });
  afterEach(() => contexts.splice(0).forEach((invalidate) => invalidate()));

  it('two copies of the script (an update leaves the old one for a moment) show one button and do not fight over it', async () => {
    const first = fakeContext();
    mountClipButton(first.ctx, { anchor: 'h2.hP', clip: async () => ({ ok: true, message: '' }) });
    mountClipButton(fakeContext().ctx, { anchor: 'h2.hP', clip: async () => ({ ok: true, message: '' }) });
    document.querySelector('main')!.append(document.createElement('p'));
    await flush();
    expect(hosts()).toHaveLength(1);
    // The old copy's context is invalidated: its button goes, the new copy's takes its place.
    first.invalidate();
    await flush();
    expect(hosts()).toHaveLength(1);
    expect(document.querySelector('h2.hP')!.nextElementSibling).toBe(hosts()[0]);
  });

  it('sits after its anchor in an open shadow root, keeps the page\'s keys away from the page and clips on click', async () => {
    const { ctx } = fakeContext();
    const clip = vi.fn(async () => ({ ok: true, message: 'Lead saved' }));
    mountClipButton(ctx, { anchor: 'h2.hP', clip });
    expect(hosts()).toHaveLength(1);
    expect(document.querySelector('h2.hP')!.nextElementSibling).toBe(hosts()[0]);
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    button()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'c', bubbles: true, composed: true }));
    expect(pageKeys).not.toHaveBeenCalled();
    button()!.click();
    await flush();
    expect(clip).toHaveBeenCalledTimes(1);
    expect(hosts()[0]!.shadowRoot!.querySelector('[role="status"]')!.textContent).toBe('Lead saved');
  });

  it('follows the anchor: gone when it is removed, back (once) when the app renders a new one, removed when the extension reloads', async () => {
    const { ctx, invalidate } = fakeContext();
    mountClipButton(ctx, { anchor: 'h2.hP', clip: async () => ({ ok: true, message: '' }) });
    render(document.querySelector('main')!, '<p>Inbox</p>');
    await flush();
    expect(hosts()).toHaveLength(0);
    render(document.querySelector('main')!, '<div><h2 class="hP">Another thread</h2></div>');
    await flush();
    expect(hosts()).toHaveLength(1);
    expect(document.querySelector('h2.hP')!.nextElementSibling).toBe(hosts()[0]);
    // The app swaps the heading for a new element in one mutation: the button moves to the new one.
    document.querySelector('h2.hP')!.replaceWith(Object.assign(document.createElement('h2'), { className: 'hP', textContent: 'Re-rendered' }));
    await flush();
    expect(hosts()).toHaveLength(1);
    expect(document.querySelector('h2.hP')!.nextElementSibling).toBe(hosts()[0]);
    invalidate();
    expect(hosts()).toHaveLength(0);
    document.querySelector('main')!.append(Object.assign(document.createElement('h2'), { className: 'hP' }));
    await flush();
    expect(hosts()).toHaveLength(0);
  });
});
