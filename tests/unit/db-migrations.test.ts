// The harness every schema change relies on (DESIGN.md §2): write records with the schema of each
// older version, open the database with the latest schema, and compare every record.
import Dexie from 'dexie';
import { LATEST_VERSION, SCHEMA_VERSIONS, openDatabase } from '@/lib/db';
import { leadFactsFor } from '@/lib/metrics';
import { phoneSearchKeys } from '@/lib/normalize';
import type { Activity, Lead, Task } from '@/lib/schema';
import { captureLead } from '@/lib/store/capture';
import { saveSettings } from '@/lib/store/settings';
import { suppressionsFor } from '@/lib/store/suppression';
import { freshDatabase, snapshot } from '../helpers/db';
import { gmailDraft } from '../helpers/fixtures';

/** Records as each version wrote them. Add an entry with each new schema version. */
async function writeAtVersion(version: number, name: string): Promise<void> {
  const db = openDatabase(name, { upTo: version });
  await captureLead(db, gmailDraft(), 1_700_000_000_000);
  await captureLead(db, gmailDraft({ fullName: 'Tom Okafor', emails: ['tom@okafor.example'], phones: [] }), 1_700_000_100_000);
  await saveSettings(db, { slaMinutes: 3 });
  if (version >= 2) await db.suppressions.bulkPut(await suppressionsFor([{ emails: ['objector@example.com'], linkedinUrl: null }], 1_700_000_200_000));
  db.close();
}

/** What each record should look like after upgrading from `version`. */
function expectedAfterUpgrade(version: number, records: Record<string, unknown[]>) {
  // v2 adds the (empty) suppression list; every v1 record stays as it was.
  const withSuppressions = version < 2 ? { ...records, suppressions: [] } : records;
  // v7 derives each lead's metrics facts from the lead and its activities.
  const withFacts = version < 7 ? { ...withSuppressions, leadFacts: leadFactsFor(records.leads as Lead[], records.activities as Activity[]) } : withSuppressions;
  // v9 adds each lead's phone search keys.
  const withDigits = version < 9 ? { ...withFacts, leads: (records.leads as Lead[]).map((lead) => ({ ...lead, phoneDigits: phoneSearchKeys(lead.phones) })) } : withFacts;
  // v10 (issue 14) adds the CRM outbox and lookup tables, empty.
  return version < 10 ? { ...withDigits, crmJobs: [], crmLookups: [] } : withDigits;
}

describe('schema migrations', () => {
  it('declares versions in ascending order with the latest last', () => {
    const versions = SCHEMA_VERSIONS.map((step) => step.version);
    expect(versions).toStrictEqual([...versions].sort((a, b) => a - b));
    expect(versions.at(-1)).toBe(LATEST_VERSION);
  });

  it.each(SCHEMA_VERSIONS.map((step) => step.version))('keeps every record written at version %i', async (version) => {
    const name = `migration-from-v${version}`;
    await writeAtVersion(version, name);
    const old = openDatabase(name, { upTo: version });
    const before = await snapshot(old);
    old.close();

    const upgraded = openDatabase(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(LATEST_VERSION);
    const after = await snapshot(upgraded);
    expect(after).toStrictEqual(expectedAfterUpgrade(version, before));
    expect(before.leads).toHaveLength(2);
    expect(after.leadFacts).toHaveLength(2);
    expect(after.leadFacts).toStrictEqual(leadFactsFor(after.leads as Lead[], after.activities as Activity[]));
    upgraded.close();
    await Dexie.delete(name);
  });

  it('tells each lead with an open task what falls due next (version 11)', async () => {
    const name = 'migration-next-task';
    const old = openDatabase(name, { upTo: 7 });
    const { leadId } = await captureLead(old, gmailDraft(), 1_700_000_000_000);
    await old.leads.update(leadId, { nextDueAt: 1_700_000_300_000 });
    const task = (kind: Task['kind'], dueAt: number, status: Task['status']): Task => ({ id: `${kind}-${dueAt}`, leadId, kind, status, dueAt, doneAt: null, notifiedAt: null });
    await old.tasks.bulkPut([task('first_contact', 1_700_000_300_000, 'done'), task('follow_up', 1_700_086_400_000, 'pending'), task('follow_up', 1_700_000_600_000, 'snoozed')]);
    old.close();

    const upgraded = openDatabase(name);
    expect((await upgraded.leads.get(leadId))?.nextTask).toStrictEqual({ kind: 'follow_up', late: false, meetingAt: null });
    upgraded.close();
    await Dexie.delete(name);
  });

  it('gives each table the indices the queries rely on', async () => {
    const db = freshDatabase();
    await db.open();
    const indexNames = (table: string) => db.table(table).schema.indexes.map((index) => index.name).sort();
    expect(indexNames('leads')).toStrictEqual(
      [
        '*emails',
        '*phones',
        'createdAt',
        'linkedinUrl',
        'nextDueAt',
        'owner',
        'source.channel',
        'source.inquiryAt',
        'stage',
        'tier',
        'updatedAt',
        // v5 (workspace list): score sort and name/company prefix search.
        'score',
        'fullName',
        'lastName',
        'company.name',
        '[stage+nextDueAt]',
        '[stage+createdAt]',
        '[source.channel+nextDueAt]',
        '[source.channel+createdAt]',
        '[tier+nextDueAt]',
        '[tier+createdAt]',
        '[owner+nextDueAt]',
        '[owner+createdAt]',
        // v9: phone search by digits.
        '*phoneDigits',
      ]
        .map((name) => name.replace('*', ''))
        .sort(),
    );
    // v6 added [type+at] for metrics; v7 dropped it when metrics moved to leadFacts.
    expect(indexNames('activities')).toStrictEqual(['[leadId+at]', 'at', 'leadId', 'type']);
    expect(indexNames('leadFacts')).toStrictEqual(['inquiryAt']);
    expect(indexNames('tasks')).toStrictEqual(['[status+dueAt]', 'dueAt', 'leadId']);
    expect(indexNames('suppressions')).toStrictEqual(['kind']);
  });
});
