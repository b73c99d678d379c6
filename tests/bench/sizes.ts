// Content script sizes, gzipped (DESIGN.md §7: 30 KB each), read from the production build: the
// scripts Gmail and LinkedIn load with every page, and the readers the background injects on a click
// or a menu item (the Gmail reader, the page reader), which run in the page all the same.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from './browser';
import { type Result, round } from './report';

const BUDGET_KB = 30;

const INJECTED = ['gmail-extract.js', 'page-extract.js'];

export function contentScriptSizes(): Result[] {
  const dir = path.join(EXTENSION_DIR, 'content-scripts');
  const loaded = readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .sort()
    .map((file) => ({ name: `content.${path.basename(file, '.js')}.gzip`, file: path.join(dir, file) }));
  const injected = INJECTED.map((file) => ({ name: `injected.${path.basename(file, '.js')}.gzip`, file: path.join(EXTENSION_DIR, file) }));
  return [...loaded, ...injected].map(({ name, file }) => {
    const bytes = readFileSync(file);
    const kb = round(gzipSync(bytes, { level: 9 }).length / 1024);
    return {
      name,
      value: kb,
      unit: 'KB',
      budget: `<= ${BUDGET_KB} KB`,
      pass: kb <= BUDGET_KB,
      note: `${round(bytes.length / 1024)} KB before gzip`,
    };
  });
}
