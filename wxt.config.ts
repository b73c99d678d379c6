import { gzipSync } from 'node:zlib';
import { minify } from 'terser';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { DEFAULT_BASE_URL, hostPatternFor } from './lib/crm/hosts';

const GMAIL = 'https://mail.google.com/*';
const LINKEDIN = 'https://www.linkedin.com/*';
const CRM_HOSTS = Object.values(DEFAULT_BASE_URL).map(hostPatternFor);

/**
 * The scripts that run inside Gmail, LinkedIn and the pages a rep clips (DESIGN.md §7: 30 KB each,
 * gzipped) get a second minification by terser after esbuild's: three compress passes, with function
 * declarations hoisted and function expressions that never use `this` written as arrows (none of these
 * scripts calls `new` on one), take 1–2% off what the page parses. Inlining functions into their
 * callers shrinks some scripts and grows others once gzipped (the Gmail reader by 84 bytes), so each
 * script is minified with and without it and keeps the smaller. Extension pages keep esbuild's output
 * alone. The bracketed `(function(){…})()` stays as WXT writes it: an injected reader is one expression
 * statement, whose value is what `scripting.executeScript` hands the background.
 */
function minifiedInPage(): Plugin {
  const compress = { passes: 3, hoist_funs: true, unsafe_arrows: true };
  const gzipped = (code: string) => gzipSync(code, { level: 9 }).length;
  return {
    name: 'leadclip:minified-in-page',
    apply: 'build',
    async generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !/^(?:content-scripts\/|gmail-extract|page-extract)/.test(chunk.fileName)) continue;
        const versions = await Promise.all(
          [compress, { ...compress, inline: false, reduce_funcs: false }].map(async (options) => (await minify(chunk.code, { ecma: 2020, compress: options, mangle: true, format: { wrap_iife: true } })).code ?? chunk.code),
        );
        const smallest = versions.reduce((best, code) => (gzipped(code) < gzipped(best) ? code : best));
        // WXT names the IIFE (`var gmailExtract=(function(){…})()`) and drops the name after this plugin only
        // while it reads `(function`; terser writes it as an arrow, so the name goes here.
        chunk.code = smallest.replace(/^var [\w$]+=(?=\()/, '');
      }
    },
  };
}

// See DESIGN.md §6: every permission here is snapshotted by tests/unit/manifest.test.ts.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Every module says what it imports. Auto-imports would also hand components/db.ts (which opens
  // the pages' database) to any lib/ function with a parameter named `db`.
  imports: false,
  // Store uploads (`npm run zip`): .output/leadclip-<version>-{chrome,firefox}.zip, plus the
  // sources zip AMO reviewers rebuild from with `npm ci && npm run build`. WXT already leaves out
  // node_modules, tests and .output; the rest below are local run artefacts.
  zip: {
    name: 'leadclip',
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: ['tests/**', 'demo-output/**', 'bench-results.json', 'stats.html', '**/*.log', 'test-results/**', 'playwright-report/**'],
  },
  vite: () => ({ plugins: [minifiedInPage()] }),
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'unlimitedStorage',
      'alarms',
      'notifications',
      'contextMenus',
      'activeTab',
      'scripting',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    host_permissions: [GMAIL, LINKEDIN],
    // Asked for at run time, on the rep's click: the CRM webhook host the rep saves in options, and
    // the connected CRM's API (issue 14; named so reviewers see them; a self-hosted Twenty is any https host).
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*', ...CRM_HOSTS],
    action: { default_title: 'LeadClip' },
    commands: {
      'clip-page': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Clip lead from page',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'leadclip@leadclip.app',
              strict_min_version: '140.0',
              // Leads stay in the browser; only a webhook the rep configures sends anything.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
