import { phoneSearchKeys } from '@/lib/normalize';
// Export → erase → import gives back the database that was exported (issue 6, "Done when").
import { leadsToCsv, readBackup } from '@/lib/export';
import { chunkBackup, parseBackup, restoreBackupChunk } from '@/lib/import/backup';
import { importCsvIntoDatabase } from '@/lib/import/run';
import { eraseEverything, eraseLeads } from '@/lib/store/erase';
import { saveSettings } from '@/lib/store/settings';
import { freshDatabase, snapshot } from '../../helpers/db';
import { generateDataset } from '../../helpers/dataset';

const NOW = Date.UTC(2026, 10, 22, 9);

async function seed(count: number) {
  const db = freshDatabase();
  const data = generateDataset(count);
  await db.leads.bulkAdd(data.leads);
  await db.activities.bulkAdd(data.activities);
  await db.tasks.bulkAdd(data.tasks);
  await db.checklists.bulkAdd(data.checklists);
  await db.handoffs.bulkAdd(data.handoffs);
  await saveSettings(db, { slaMinutes: 3, channelCosts: { email: 120 } });
  return { db, data };
}

describe('JSON backup round trip', () => {
  it('restores 10,000 leads with their history exactly after erasing everything, and twice is still once', async () => {
    const { db } = await seed(10_000);
    const original = await snapshot(db);
    const text = JSON.stringify(await readBackup(db, NOW));

    expect(await eraseEverything(db)).toStrictEqual({ erased: 10_000 });
    expect(await db.activities.count()).toBe(0);

    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.reason);
    for (let round = 0; round < 2; round += 1) {
      for (const chunk of chunkBackup(parsed.backup)) await restoreBackupChunk(db, chunk);
    }
    expect(await snapshot(db)).toStrictEqual(original);
  }, 180_000);

  it('leaves out a person erased onto the suppression list after the backup was made, with all their records', async () => {
    const { db } = await seed(50);
    const text = JSON.stringify(await readBackup(db, NOW));
    const [objector, other] = await db.leads.limit(2).toArray();
    await eraseLeads(db, [objector!.id], { suppress: true, now: NOW });

    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.reason);
    const results = [];
    for (const chunk of chunkBackup(parsed.backup, 20)) results.push(await restoreBackupChunk(db, chunk));

    expect(results.reduce((sum, r) => sum + r.suppressed, 0)).toBe(1);
    expect(results.reduce((sum, r) => sum + r.leads, 0)).toBe(49);
    expect(await db.leads.get(objector!.id)).toBeUndefined();
    expect(await db.leads.get(other!.id)).toBeDefined();
    const all = await snapshot(db);
    expect(JSON.stringify(all)).not.toContain(objector!.id);
  });

  it('rejects a file that is not a backup, or a damaged one, before writing anything', () => {
    expect(parseBackup('{"leads": []}')).toStrictEqual({ ok: false, reason: 'This JSON file is not a LeadClip backup.' });
    expect(parseBackup('not json')).toStrictEqual({ ok: false, reason: 'This file is not JSON.' });
    const damaged = parseBackup(JSON.stringify({ format: 'leadclip-backup', version: 1, exportedAt: 1, leads: [{ id: 'x' }], activities: [], tasks: [], checklists: [], handoffs: [], templates: [], settings: [], suppressions: [] }));
    expect(damaged.ok).toBe(false);
    expect(!damaged.ok && damaged.reason).toBe('The backup is damaged: Created is missing.; Last updated is missing.; Full name is missing.; First name is missing.; Last name is missing.');
  });
});

describe('CSV round trip', () => {
  it('keeps every lead field through export, erase and import; a second import adds nothing', async () => {
    const { db, data } = await seed(500);
    const csv = leadsToCsv(await db.leads.toArray());
    await eraseEverything(db);

    const first = await importCsvIntoDatabase(db, csv, { now: NOW, batchSize: 128 });
    expect(first).toStrictEqual({ created: 500, merged: 0, unchanged: 0, problems: [], cancelled: false });
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    // The database adds each lead's phone search keys (schema v9).
    const stored = data.leads.map((lead) => ({ ...lead, phoneDigits: phoneSearchKeys(lead.phones) }));
    expect((await db.leads.toArray()).sort(byId)).toStrictEqual(stored.sort(byId));

    const again = await importCsvIntoDatabase(db, csv, { now: NOW + 1000 });
    expect(again).toStrictEqual({ created: 0, merged: 0, unchanged: 500, problems: [], cancelled: false });
    expect(await db.leads.count()).toBe(500);
  }, 90_000);
});
