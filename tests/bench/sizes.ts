// Content script sizes, gzipped (DESIGN.md §7: 30 KB each), read from the production build.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from './browser';
import { type Result, round } from './report';

const BUDGET_KB = 30;

export function contentScriptSizes(): Result[] {
  const dir = path.join(EXTENSION_DIR, 'content-scripts');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .sort()
    .map((file) => {
      const bytes = readFileSync(path.join(dir, file));
      const kb = round(gzipSync(bytes, { level: 9 }).length / 1024);
      return {
        name: `content.${path.basename(file, '.js')}.gzip`,
        value: kb,
        unit: 'KB',
        budget: `<= ${BUDGET_KB} KB`,
        pass: kb <= BUDGET_KB,
        note: `${round(bytes.length / 1024)} KB before gzip`,
      };
    });
}
