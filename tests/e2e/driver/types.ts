// The browser-neutral driver: what a LeadClip journey needs from a browser, whichever engine runs
// it. The Firefox implementation (firefox.ts) drives firefox-esr with puppeteer-core over WebDriver
// BiDi; the page objects (views.ts) and the Firefox specs are written against these interfaces only.
import type { Query } from './locate';

export interface ElementState {
  /** The rendered text, white space collapsed. */
  text: string;
  value: string | null;
  checked: boolean | null;
  disabled: boolean;
}

export type ExtensionPageName = 'sidepanel.html' | 'popup.html' | 'options.html';

/** One tab: a web page served from a fixture or one of the extension's own pages. */
export interface Tab {
  url(): string;
  /** Runs `fn(arg)` in the page (serialised: `fn` may use nothing from outside itself). */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** A trusted click (user activation, as the rep's) in the middle of the element `query` finds. */
  click(query: Query): Promise<void>;
  /** A trusted right click, which opens the browser's context menu. */
  rightClick(query: Query): Promise<void>;
  /** The element's state now, or null when the page has no such element. */
  inspect(query: Query): Promise<ElementState | null>;
  /** Sets a text field's or select's value as typing or choosing would (input and change events). */
  fill(query: Query, value: string): Promise<void>;
  /** Chooses a file for a file input, as the file picker would. */
  attachFile(query: Query, file: { name: string; type: string; text: string }): Promise<void>;
  press(key: string): Promise<void>;
  bringToFront(): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  readonly engine: 'chromium' | 'firefox';
  /** The browser's own version string, for the runner's log. */
  readonly version: string;
  /** Serves `html` for every http(s) request whose URL matches; every other web request is refused. */
  serve(url: RegExp, html: string): void;
  openTab(url: string): Promise<Tab>;
  openExtensionPage(name: ExtensionPageName, search?: string): Promise<Tab>;
  /** The tab the extension opened whose URL `matches`, once its document has loaded. */
  waitForTab(matches: (url: string) => boolean): Promise<Tab>;
  /** Clicks the shown notification titled `title`, as the rep would. */
  clickNotification(title: string): Promise<void>;
  /** Right-clicks `target` in `tab` and chooses LeadClip's context menu item `title`. */
  chooseContextMenuItem(tab: Tab, target: Query, title: string): Promise<void>;
  /** Stops the background (event page or service worker) as the browser does when it is idle. */
  stopBackground(): Promise<void>;
  /** Reloads the add-on, as an update or the rep's reload would: its pages close, its data stays. */
  reloadExtension(): Promise<void>;
  /** Whether the background is running now. */
  backgroundRunning(): Promise<boolean>;
  /** Answers the browser's prompt for an optional permission the extension asked for. */
  answerPermissionPrompt(grant: boolean): Promise<void>;
  /** The text on the system clipboard. */
  readClipboard(): Promise<string>;
  /** Files the browser downloaded, by name, with their text. */
  downloads(): Promise<Map<string, string>>;
  close(): Promise<void>;
}
