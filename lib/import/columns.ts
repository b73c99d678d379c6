// Which column of a CSV file feeds which lead field. LeadClip's own export maps one to one;
// exports of HubSpot, Pipedrive, Salesforce and LinkedIn are recognised by their headers.
import { LEAD_COLUMNS } from '../export';

/**
 * Every field an import can fill: LeadClip's own export columns, plus the country, which feeds
 * the location and tells how to read the row's phone numbers ("020 7946 0018" in the UK).
 */
export const IMPORT_TARGETS = [...LEAD_COLUMNS.map((column) => column.key), 'country'];
export type ImportTarget = (typeof IMPORT_TARGETS)[number];

/** What the rep sees for each target: the export's column name. */
export const IMPORT_TARGET_LABELS: Record<ImportTarget, string> = {
  ...Object.fromEntries(LEAD_COLUMNS.map((column) => [column.key, column.header])),
  country: 'Country (reads phone numbers)',
};

/** Column → target (or null: ignored). Several columns may feed one list field (emails, phones). */
export type ColumnMapping = (ImportTarget | null)[];

const key = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Headers as other tools export them, by normalized spelling (lower case, letters and digits). */
const ALIASES: Record<string, ImportTarget> = Object.fromEntries(
  (
    [
      // Generic and HubSpot ("First Name", "Email", "Phone Number", "Company Name", "Job Title", "Website URL", "Create Date")
      ['name', 'fullName'], ['fullname', 'fullName'], ['contactname', 'fullName'],
      ['firstname', 'firstName'], ['givenname', 'firstName'], ['lastname', 'lastName'], ['surname', 'lastName'], ['familyname', 'lastName'],
      ['email', 'emails'], ['emailaddress', 'emails'], ['email1', 'emails'], ['workemail', 'emails'],
      ['phone', 'phones'], ['phonenumber', 'phones'], ['mobile', 'phones'], ['mobilephone', 'phones'], ['mobilephonenumber', 'phones'],
      ['company', 'company.name'], ['companyname', 'company.name'], ['organization', 'company.name'], ['organisation', 'company.name'], ['account', 'company.name'], ['accountname', 'company.name'], ['companyaccount', 'company.name'],
      ['jobtitle', 'title'], ['position', 'title'], ['title', 'title'],
      ['website', 'company.website'], ['websiteurl', 'company.website'], ['companywebsite', 'company.website'], ['companydomainname', 'company.domain'],
      ['linkedin', 'linkedinUrl'], ['linkedinurl', 'linkedinUrl'], ['linkedinprofile', 'linkedinUrl'], ['linkedinbio', 'linkedinUrl'],
      ['city', 'location'], ['stateregion', 'location'], ['stateprovince', 'location'], ['state', 'location'], ['country', 'country'], ['countryregion', 'country'], ['countrycode', 'country'], ['location', 'location'],
      ['createdate', 'source.inquiryAt'], ['createddate', 'source.inquiryAt'], ['connectedon', 'source.inquiryAt'],
      ['contactowner', 'owner'], ['leadowner', 'owner'], ['owner', 'owner'],
      ['message', 'interest'], ['description', 'interest'], ['notes', 'interest'],
      // Pipedrive ("Person - Name", "Person - Email - Work", "Person - Phone - Mobile", "Person - Organization")
      ['personname', 'fullName'], ['personfirstname', 'firstName'], ['personlastname', 'lastName'],
      ['personemail', 'emails'], ['personemailwork', 'emails'], ['personemailhome', 'emails'], ['personemailother', 'emails'],
      ['personphone', 'phones'], ['personphonework', 'phones'], ['personphonemobile', 'phones'], ['personphonehome', 'phones'],
      ['personorganization', 'company.name'], ['organizationname', 'company.name'], ['personjobtitle', 'title'], ['personpersoncreated', 'source.inquiryAt'],
      ['emailwork', 'emails'], ['phonework', 'phones'], ['phonemobile', 'phones'],
      // Salesforce ("Company / Account", "Lead Source", "Created Date", "Mobile")
      // LinkedIn connections ("First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On")
      ['url', 'linkedinUrl'],
    ] as const
  ).map(([alias, target]) => [alias, target]),
);

// LeadClip's own export, by column name ("Full name") and by the field keys older exports used ("fullName").
for (const column of LEAD_COLUMNS) {
  ALIASES[key(column.header)] ??= column.key;
  ALIASES[key(column.key)] = column.key;
}

export function guessTarget(header: string): ImportTarget | null {
  return ALIASES[key(header)] ?? null;
}

export function guessMapping(header: readonly string[]): ColumnMapping {
  return header.map(guessTarget);
}

/**
 * The index of the header row among the first records: LinkedIn's Connections.csv starts with
 * a few lines of notes before its header. The header is the first record where most cells are
 * known column names (at least two).
 */
export function findHeaderRow(records: readonly { cells: readonly string[] }[]): number {
  const limit = Math.min(records.length, 10);
  for (let index = 0; index < limit; index += 1) {
    const known = records[index]!.cells.filter((cell) => guessTarget(cell) !== null).length;
    if (known >= 2) return index;
  }
  return 0;
}
