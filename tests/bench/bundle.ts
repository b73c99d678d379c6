// Bundles tests/bench/in-browser.ts (with the product's lib/ code it imports) into one script that
// page.evaluate can run in any page, including extension pages whose CSP forbids inline scripts.
import path from 'node:path';
import { build } from 'esbuild';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export async function browserBundle(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(import.meta.dirname, 'in-browser.ts')],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    minify: false,
    // lib/ resolves `@/` through the tsconfig paths WXT generates (.wxt/tsconfig.json).
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    logLevel: 'error',
  });
  return result.outputFiles[0]!.text;
}
