// The release stage of `npm test` (after the build and the end-to-end tests): lints the Firefox zip
// with Mozilla's addons-linter and checks that both store builds carry what the stores require.
// Each check prints one line; the tally goes to .test-reports/security.json for tests/summary.mjs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ALLOWED_WARNINGS, type AllowedWarning } from './addons-linter-allowlist';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUTPUT = path.join(ROOT, '.output');
const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
const FIREFOX_ZIP = path.join(OUTPUT, `leadclip-${version}-firefox.zip`);
const ICON_SIZES = ['16', '32', '48', '96', '128'];

interface LinterMessage {
  code: string;
  message: string;
  description?: string;
  file?: string;
  line?: number;
  column?: number;
}
interface LinterReport {
  errors: LinterMessage[];
  warnings: LinterMessage[];
  notices: LinterMessage[];
}

interface Check {
  name: string;
  problems: string[];
}
const checks: Check[] = [];
function check(name: string, run: () => string[]) {
  let problems: string[];
  try {
    problems = run();
  } catch (error) {
    problems = [error instanceof Error ? error.message : String(error)];
  }
  checks.push({ name, problems });
  console.log(`${problems.length ? '✘' : '✓'} ${name}`);
  for (const problem of problems) console.log(`    ${problem}`);
}

function runAddonsLinter(zip: string): LinterReport {
  const bin = path.join(ROOT, 'node_modules/.bin/addons-linter');
  // The linter exits non-zero when it finds errors; its JSON report is on stdout either way.
  let stdout: string;
  try {
    stdout = execFileSync(bin, ['--output', 'json', zip], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    stdout = (error as { stdout?: string }).stdout ?? '';
    if (!stdout) throw error;
  }
  return JSON.parse(stdout) as LinterReport;
}

/** The built source around the flagged position, to confirm the warning is the reviewed one. */
function sourceAround(buildDir: string, warning: LinterMessage): string {
  if (!warning.file) return '';
  const file = path.join(buildDir, warning.file);
  if (!existsSync(file)) return '';
  const line = readFileSync(file, 'utf8').split('\n')[(warning.line ?? 1) - 1] ?? '';
  const column = warning.column ?? 0;
  return line.slice(Math.max(0, column - 300), column + 300);
}

function isAllowed(buildDir: string, warning: LinterMessage, entry: AllowedWarning): boolean {
  if (entry.code !== warning.code || !entry.file.test(warning.file ?? '')) return false;
  return entry.near === null || sourceAround(buildDir, warning).includes(entry.near);
}

function manifestOf(target: 'chrome-mv3' | 'firefox-mv3'): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(OUTPUT, target, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

const describe = (m: LinterMessage) => `${m.code} in ${m.file ?? '?'}:${m.line ?? '?'}:${m.column ?? '?'}: ${m.message}`;

check('addons-linter: the Firefox zip has no errors', () => {
  if (!existsSync(FIREFOX_ZIP)) return [`${path.relative(ROOT, FIREFOX_ZIP)} is missing: run \`npm run zip\` first`];
  const report = runAddonsLinter(FIREFOX_ZIP);
  const buildDir = path.join(OUTPUT, 'firefox-mv3');
  const unreviewed = report.warnings.filter((w) => !ALLOWED_WARNINGS.some((entry) => isAllowed(buildDir, w, entry)));
  for (const w of report.warnings) {
    if (!unreviewed.includes(w)) console.log(`    allowed: ${describe(w)}`);
  }
  return [...report.errors.map((e) => `error ${describe(e)}`), ...unreviewed.map((w) => `unreviewed warning ${describe(w)}`)];
});

for (const target of ['chrome-mv3', 'firefox-mv3'] as const) {
  check(`${target}: MV3 manifest with localized name and description`, () => {
    const manifest = manifestOf(target);
    const messages = JSON.parse(readFileSync(path.join(OUTPUT, target, '_locales/en/messages.json'), 'utf8')) as Record<
      string,
      { message?: string }
    >;
    const problems: string[] = [];
    if (manifest.manifest_version !== 3) problems.push(`manifest_version is ${String(manifest.manifest_version)}`);
    if (manifest.default_locale !== 'en') problems.push('default_locale is not "en"');
    for (const [key, msg] of [['name', 'extName'], ['description', 'extDescription']] as const) {
      if (manifest[key] !== `__MSG_${msg}__`) problems.push(`${key} is not the message __MSG_${msg}__`);
      if (!messages[msg]?.message) problems.push(`_locales/en/messages.json has no ${msg}`);
    }
    const description = messages.extDescription?.message ?? '';
    if (description.length > 132) problems.push(`the description has ${description.length} characters; the Chrome Web Store allows 132`);
    return problems;
  });

  check(`${target}: icons at ${ICON_SIZES.join(', ')} px`, () => {
    const icons = (manifestOf(target).icons ?? {}) as Record<string, string>;
    return ICON_SIZES.flatMap((size) => {
      if (!icons[size]) return [`no ${size}px icon in the manifest`];
      const png = readFileSync(path.join(OUTPUT, target, icons[size]));
      // PNG IHDR: width and height are big-endian at bytes 16 and 20.
      const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      return width === Number(size) && height === Number(size) ? [] : [`${icons[size]} is ${width}×${height}`];
    });
  });
}

check('firefox-mv3: gecko id and data_collection_permissions', () => {
  const gecko = (manifestOf('firefox-mv3').browser_specific_settings as { gecko?: Record<string, unknown> } | undefined)?.gecko;
  const problems: string[] = [];
  if (typeof gecko?.id !== 'string' || !gecko.id) problems.push('no browser_specific_settings.gecko.id');
  const collection = gecko?.data_collection_permissions as { required?: string[] } | undefined;
  if (!collection?.required?.length) problems.push('no data_collection_permissions.required');
  return problems;
});

check('store zips: Chrome, Firefox and sources', () =>
  ['chrome', 'firefox', 'sources']
    .map((kind) => path.join(OUTPUT, `leadclip-${version}-${kind}.zip`))
    .filter((zip) => !existsSync(zip))
    .map((zip) => `${path.relative(ROOT, zip)} is missing`),
);

const failed = checks.filter((c) => c.problems.length > 0).length;
mkdirSync(path.join(ROOT, '.test-reports'), { recursive: true });
writeFileSync(
  path.join(ROOT, '.test-reports/security.json'),
  JSON.stringify({ passed: checks.length - failed, failed, checks }, null, 2),
);
console.log(`store and addons-linter checks: ${checks.length - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
