// Extractor tests parse fixture pages with jsdom at the URL the page would have in the browser.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';

export function fixtureText(name: string): string {
  return readFileSync(path.resolve('tests/fixtures', name), 'utf8');
}

/** A parsed page (scripts are never run) and its URL. */
export function page(html: string, url: string): { doc: Document; url: URL } {
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  return { doc: dom.window.document, url: new URL(url) };
}

export function fixturePage(name: string, url: string): { doc: Document; url: URL } {
  return page(fixtureText(name), url);
}
