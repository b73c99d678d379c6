// Extraction accuracy on third-party labelled material (../shared/corpus, see its README): the
// extension's own extractors, run under jsdom, scored per source and per field.
//   npm run bench:extract
// Skips cleanly when the corpus is absent. BENCH_VERBOSE=1 also prints each h-card and schema.org miss. Prints precision and recall; exits 0 either way (a
// benchmark reports figures, it does not gate the build).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractLinkedIn } from '../../lib/extract/linkedin';
import { extractPage } from '../../lib/extract/page';
import { findEmails, findPhones } from '../../lib/extract/contact-text';
import { parseEmailText } from '../../lib/extract/signature';
import { hCards } from '../../lib/extract/structured';
import { normalizeDraft, normalizePhone, withoutExtension } from '../../lib/normalize';
import { partOf } from './corpus-split';
import { Score, equalText, percent, printTable } from './score';
import { benchSignatureMaterial } from './signature-accuracy';
import './extract-notifications';

const REGION = 'US';

function corpusRoot(): string | null {
  const candidates = [path.resolve(process.cwd(), '../shared/corpus'), '/work/shared/corpus'];
  return candidates.find((candidate) => existsSync(path.join(candidate, 'README.md'))) ?? null;
}

function parse(html: string, url: string): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

interface Row {
  source: string;
  field: string;
  score: Score;
  target: string;
}

const rows: Row[] = [];
function row(source: string, field: string, target = ''): Score {
  const score = new Score();
  rows.push({ source, field, score, target });
  return score;
}

// --- LinkedIn: expected.json per folder (the scoutr project's own expectations) -----------------

function benchLinkedIn(root: string): void {
  const name = row('linkedin', 'name', 'recall 100%');
  const title = row('linkedin', 'title', 'recall ≥ 90%');
  const company = row('linkedin', 'company', 'recall ≥ 90%');
  for (const folder of ['public_guest', 'logged_in_2024']) {
    const dir = path.join(root, 'linkedin', folder);
    if (!existsSync(path.join(dir, 'expected.json'))) continue;
    const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<string, Record<string, string>>;
    for (const [file, truth] of Object.entries(expected)) {
      if (file.startsWith('_') || !existsSync(path.join(dir, file))) continue;
      const url = new URL('https://www.linkedin.com/in/profile-under-test/');
      const draft = extractLinkedIn(parse(readFileSync(path.join(dir, file), 'utf8'), url.href), url);
      name.single(truth.candidate_name || null, draft?.fullName ?? null);
      // An empty expectation is the source project's parser limitation, not a truth: not scored.
      if (truth.candidate_job_title) title.single(truth.candidate_job_title, draft?.title ?? null);
      if (truth.company_name) company.single(truth.company_name, draft?.company ?? null);
    }
  }
}

// --- Contact pages: WebAnnotator spans are the answers; they are removed before extraction -------

/**
 * Phones are compared by their last 9 digits (issue 16's scoring): a number read in the country of
 * the lead's own email domain ("04 78 12 34 56" → +33…) still matches the label however it is written.
 */
function phoneKey(raw: string): string {
  // The extension the reader keeps (";ext=12") is not part of the number's last nine digits.
  return withoutExtension(normalizePhone(raw, REGION)).replace(/\D/g, '').slice(-9);
}

let unscoredExtensions = 0;

function benchContactPages(root: string): void {
  // Split by page: each page is another organisation's site (tests/bench/corpus-split.ts).
  const emails = { tuning: row('contact pages, tuning', 'email', 'P ≥ 95%, R ≥ 95%'), sealed: row('contact pages, sealed', 'email', 'P ≥ 95%, R ≥ 95%') };
  const phones = { tuning: row('contact pages, tuning', 'phone (no fax)', 'P ≥ 92%, R ≥ 92%'), sealed: row('contact pages, sealed', 'phone (no fax)', 'P ≥ 92%, R ≥ 92%') };
  const dir = path.join(root, 'contact_pages');
  if (!existsSync(dir)) return;
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.html')).sort((a, b) => parseInt(a) - parseInt(b))) {
    const part = partOf(`contact page ${parseInt(file)}`);
    const url = new URL(`https://contact-page-${parseInt(file)}.example/contact`);
    const doc = parse(readFileSync(path.join(dir, file), 'utf8'), url.href);
    const answers: Record<string, Set<string>> = { EMAIL: new Set(), TEL: new Set(), FAX: new Set() };
    for (const span of [...doc.querySelectorAll('[wa-type]')]) {
      const type = span.getAttribute('wa-type')!;
      const text = (span.textContent ?? '').trim();
      if (type === 'EMAIL') answers.EMAIL!.add(text.toLowerCase().replace(/^mailto:/, ''));
      // A span may hold two numbers ("(632) 442-0061, 929-5452"); one with fewer than 7 digits
      // ("ext. 207") is an extension, not a number anyone can dial, and is not scored.
      if (type === 'TEL' || type === 'FAX') {
        for (const phone of findPhones(text)) answers[type]!.add(phoneKey(phone.number));
        if (!findPhones(text).length && text.replace(/\D/g, '').length >= 7) answers[type]!.add(phoneKey(text));
        if (text.replace(/\D/g, '').length < 7) unscoredExtensions += 1;
      }
      span.replaceWith(...span.childNodes);
    }
    const draft = extractPage(doc, url);
    const lead = draft ? normalizeDraft(draft, REGION) : null;
    emails[part].sets(answers.EMAIL!, new Set(lead?.emails ?? []));
    const contact = new Set((lead?.phones ?? []).filter((phone) => phone.type !== 'fax').map((phone) => phoneKey(phone.number)));
    phones[part].sets(answers.TEL!, contact);
  }
}

// --- talon signatures: the `_signature` file (or `#sig#` lines) is the expected block ------------

function signatureLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/^#sig#/, '').trim())
    .filter(Boolean);
}

function benchSignatures(root: string): void {
  const block = row('talon signatures', 'signature block', 'found ≥ 90%');
  const dir = path.join(root, 'signatures', 'talon', 'signature', 'emails');
  if (!existsSync(dir)) return;
  const cases: { body: string; expected: string[] }[] = [];
  const stripped = path.join(dir, 'stripped');
  for (const file of readdirSync(stripped).filter((name) => name.endsWith('_body'))) {
    const base = file.replace(/_body$/, '');
    const signature = path.join(stripped, `${base}_signature`);
    if (!existsSync(signature)) continue;
    cases.push({ body: readFileSync(path.join(stripped, file), 'utf8').replace(/#sig#/g, ''), expected: signatureLines(readFileSync(signature, 'utf8')) });
  }
  const labelled = path.join(dir, 'P');
  for (const file of readdirSync(labelled)) {
    const text = readFileSync(path.join(labelled, file), 'utf8');
    if (!text.includes('#sig#')) continue;
    const body = text.replace(/#(?:sig|reply)#/g, '');
    if (cases.some((known) => known.body.trim() === body.trim())) continue;
    cases.push({ body, expected: text.split('\n').filter((line) => line.startsWith('#sig#')).map((line) => line.slice(5).trim()).filter(Boolean) });
  }
  for (const { body, expected } of cases) {
    const found = parseEmailText(body).signature;
    const foundLines = found ? found.map((line) => line.trim()).filter(Boolean) : null;
    const want = expected.length ? expected.join('\n') : null;
    block.single(want ?? '(none)', foundLines?.join('\n') ?? '(none)');
  }
}

// --- microformats h-card: the suite's JSON per case -------------------------------------------

type Mf2Value = string | { value?: string; html?: string; properties?: Record<string, Mf2Value[]> };

function mf2Text(value: Mf2Value | undefined): string | null {
  if (value === undefined) return null;
  if (typeof value === 'string') return value;
  return value.value ?? value.properties?.name?.map(mf2Text)[0] ?? null;
}

function benchHCards(root: string): void {
  const fields = ['name', 'email', 'tel', 'org'] as const;
  const scores = Object.fromEntries(fields.map((field) => [field, row('h-card', field)])) as Record<(typeof fields)[number], Score>;
  const whole = row('h-card', 'card (all four as the JSON says)', '≥ 95% of cards');
  const dir = path.join(root, 'hcard', 'microformats_tests');
  for (const suite of ['microformats-v1/hcard', 'microformats-v2/h-card', 'microformats-mixed/h-card']) {
    const folder = path.join(dir, suite);
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.json'))) {
      const html = path.join(folder, file.replace(/\.json$/, '.html'));
      if (!existsSync(html)) continue;
      const doc = parse(readFileSync(html, 'utf8'), 'http://example.com/');
      const base = doc.querySelector('base[href]') ? new URL(doc.querySelector('base')!.getAttribute('href')!, 'http://example.com/').href : 'http://example.com/';
      const found = hCards(doc, base);
      const expected = (JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as { items: { type: string[]; properties: Record<string, Mf2Value[]> }[] }).items.filter((item) =>
        item.type.includes('h-card'),
      );
      expected.forEach((item, index) => {
        const card = found[index];
        const ours: Record<(typeof fields)[number], string | null> = {
          name: card?.name ?? null,
          email: card?.emails[0] ?? null,
          tel: card?.tels[0] ?? null,
          org: card?.org ?? null,
        };
        let allRight = true;
        for (const field of fields) {
          const want = mf2Text(item.properties[field]?.[0]);
          scores[field].single(want, ours[field]);
          if ((want ?? '') !== (ours[field] ?? '') && !(want && ours[field] && equalText(want, ours[field]))) allRight = false;
        }
        whole.single('right', allRight ? 'right' : 'wrong');
        if (!allRight && process.env.BENCH_VERBOSE) console.log('h-card miss', suite, file, index, JSON.stringify(ours));
      });
    }
  }
}

// --- schema.org examples: the JSON-LD form of each example is the truth for its microdata form ---

function benchSchemaOrg(root: string): void {
  const name = row('schema.org', 'name');
  const email = row('schema.org', 'email');
  const phone = row('schema.org', 'telephone');
  const title = row('schema.org', 'jobTitle');
  const dir = path.join(root, 'jsonld', 'schemaorg_examples', 'split_person_org');
  if (!existsSync(dir)) return;
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.jsonld.html'))) {
    const truthDoc = parse(readFileSync(path.join(dir, file), 'utf8'), 'https://example.org/');
    let truth: Record<string, unknown>;
    try {
      truth = JSON.parse(truthDoc.querySelector('script[type="application/ld+json"]')?.textContent ?? '');
    } catch {
      continue;
    }
    const type = String(truth['@type']);
    const isPerson = type === 'Person';
    for (const variant of ['microdata', 'jsonld']) {
      const source = path.join(dir, file.replace('.jsonld.', `.${variant}.`));
      if (!existsSync(source)) continue;
      const url = new URL('https://example.org/page');
      const draft = extractPage(parse(readFileSync(source, 'utf8'), url.href), url);
      const lead = draft ? normalizeDraft(draft, REGION) : null;
      const first = (value: unknown) => (Array.isArray(value) ? value[0] : value) as string | undefined;
      name.single(first(truth.name) ?? null, (isPerson ? lead?.fullName : lead?.company) ?? null);
      const truthEmail = first(truth.email)?.replace(/^mailto:/, '').toLowerCase();
      // "secretariat(at)google.org" names the address secretariat@google.org.
      email.single(truthEmail ? (findEmails(truthEmail)[0] ?? truthEmail) : null, lead?.emails[0] ?? null);
      phone.single(first(truth.telephone) ? phoneKey(first(truth.telephone)!) : null, lead?.phones.find((p) => p.type !== 'fax') ? phoneKey(lead.phones.find((p) => p.type !== 'fax')!.number) : null);
      if (isPerson) title.single(first(truth.jobTitle) ?? null, lead?.title ?? null);
      if (process.env.BENCH_VERBOSE) console.log('schema.org', variant, file, type, JSON.stringify([lead?.fullName, lead?.company, lead?.emails]));
    }
  }
}

function print(): void {
  const header = ['source', 'field', 'cases', 'TP', 'FP', 'FN', 'precision', 'recall', 'target'];
  printTable(header, rows.map(({ source, field, score, target }) => [source, field, String(score.cases), String(score.tp), String(score.fp), String(score.fn), percent(score.precision), percent(score.recall), target]));
}

const root = corpusRoot();
if (!root) {
  console.log('bench:extract: corpus not found at ../shared/corpus or /work/shared/corpus; only the repository\'s own labelled material is scored.');
  benchSignatureMaterial(null, process.cwd());
} else {
  const started = performance.now();
  benchLinkedIn(root);
  benchContactPages(root);
  benchSignatures(root);
  benchHCards(root);
  benchSchemaOrg(root);
  print();
  benchSignatureMaterial(root, process.cwd());
  console.log(`\nContact pages: ${unscoredExtensions} TEL labels without a dialable number (bare extensions, empty spans) are not scored.`);
  console.log(`Corpus: ${root} · ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
