// A deterministic CRM export for the import figure: HubSpot's contact export header set, one
// distinct person per row (so all 100,000 rows create leads, as a first import from a CRM does),
// with the quoting, blanks and phone spellings real exports have.
import { COMPANIES, FIRST_NAMES, LAST_NAMES, seeded } from './prng';

export const HUBSPOT_HEADER = [
  'First Name',
  'Last Name',
  'Email',
  'Phone Number',
  'Company Name',
  'Job Title',
  'Website URL',
  'LinkedIn URL',
  'City',
  'Create Date',
] as const;

const START = Date.UTC(2025, 6, 1);
/** Ten area codes × 10,000 line numbers: every row of a 100,000-row file has its own phone number. */
const AREA_CODES = ['415', '510', '650', '408', '707', '925', '212', '646', '312', '617'] as const;

/** RFC 4180 quoting, only where a cell needs it. */
function cell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function benchCsv(count: number, seed = 23): string {
  const random = seeded(seed);
  const lines = [HUBSPOT_HEADER.join(',')];
  for (let i = 0; i < count; i++) {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const company = random.pick(COMPANIES);
    const slug = company.split(' ')[0]!.toLowerCase();
    const domain = `${slug}-${i % 997}.example`;
    const local = String(i % 10_000).padStart(4, '0');
    // US numbers spelled three ways, as reps type them; a quarter of the contacts have none. A shared
    // number would make the import merge two contacts (dedup by phone), so none repeats.
    const area = AREA_CODES[Math.floor(i / 10_000) % AREA_CODES.length]!;
    const phone = random.pick([`+1 ${area} 555 ${local}`, `(${area}) 555-${local}`, `${area}.555.${local}`, '']);
    const title = random.pick(['Head of Operations', 'Fleet Manager', 'CFO', 'VP, Logistics', '']);
    const linkedin = random.next() < 0.6 ? `https://www.linkedin.com/in/${first}-${last}-${i}/`.toLowerCase() : '';
    const city = random.pick(['Oakland', 'Berlin', 'Lyon', 'Osaka', '']);
    const created = new Date(START + i * 90_000 + random.int(60_000)).toISOString();
    lines.push(
      [first, last, `${first}.${last}.${i}@${domain}`.toLowerCase(), phone, `${company}, Inc.`, title, `https://www.${domain}/`, linkedin, city, created]
        .map(cell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
