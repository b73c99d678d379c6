import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RETENTION_ALARM, registerRetention } from '@/entrypoints/background/retention';
import { captureLead } from '@/lib/store/capture';
import { saveSettings } from '@/lib/store/settings';
import { freshDatabase } from '../../helpers/db';
import { gmailDraft } from '../../helpers/fixtures';

const NOW = Date.UTC(2026, 10, 22, 3);
const DAY = 86_400_000;

describe('retention alarm', () => {
  it('runs daily, purges idle leads when the alarm fires, and re-arms reminders after a purge', async () => {
    const db = freshDatabase();
    await saveSettings(db, { retentionDays: 30 });
    await captureLead(db, gmailDraft(), NOW - 45 * DAY);
    const kept = await captureLead(db, gmailDraft({ fullName: 'Tom Okafor', emails: ['tom@okafor.example'], phones: [] }), NOW - 2 * DAY);
    const afterPurge = vi.fn(async () => {});

    registerRetention(fakeBrowser, db, afterPurge, () => NOW);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(RETENTION_ALARM)).toMatchObject({ name: RETENTION_ALARM, periodInMinutes: 1440 }));

    await fakeBrowser.alarms.onAlarm.trigger({ name: 'leadclip-reminder', scheduledTime: NOW, persistAcrossSessions: true });
    expect(await db.leads.count()).toBe(2);

    await fakeBrowser.alarms.onAlarm.trigger({ name: RETENTION_ALARM, scheduledTime: NOW, periodInMinutes: 1440, persistAcrossSessions: true });
    await vi.waitFor(async () => expect((await db.leads.toArray()).map((lead) => lead.id)).toStrictEqual([kept.leadId]));
    await vi.waitFor(() => expect(afterPurge).toHaveBeenCalledTimes(1));
  });
});
