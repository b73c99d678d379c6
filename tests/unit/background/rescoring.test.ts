import { browser } from 'wxt/browser';
import { SCORED_WITH_KEY, watchScoringInputs } from '@/entrypoints/background/rescoring';
import { answerChecklist } from '@/lib/store/checklists';
import { captureLead } from '@/lib/store/capture';
import { saveSettings } from '@/lib/store/settings';
import { saveTemplate } from '@/lib/store/templates';
import { defaultTemplate, templatePayload } from '@/lib/templates';
import { freshDatabase } from '../../helpers/db';
import { gmailDraft } from '../../helpers/fixtures';

describe('background rescoring', () => {
  it('seeds the default template and rescores leads when thresholds or a template change', async () => {
    const db = freshDatabase();
    const { leadId } = await captureLead(db, gmailDraft(), 1_000);
    const watcher = watchScoringInputs(db, () => 2_000);
    await vi.waitFor(async () => expect((await db.templates.toArray()).map((t) => t.id)).toStrictEqual(['default-bant']));
    for (const itemId of ['budget', 'authority', 'need']) await answerChecklist(db, { leadId, itemId, value: 'yes', note: null }, 3_000);
    expect(await db.leads.get(leadId)).toMatchObject({ score: 52, tier: 'mql' });

    await saveSettings(db, { tierThresholds: { mql: 20, sql: 50 } });
    await vi.waitFor(async () => expect((await db.leads.get(leadId))?.tier).toBe('sql'));

    const budgetOnly = defaultTemplate();
    budgetOnly.items = budgetOnly.items.map((item) => ({ ...item, weight: item.id === 'budget' ? 100 : 0 }));
    await saveTemplate(db, templatePayload(budgetOnly), 4_000);
    await vi.waitFor(async () => expect(await db.leads.get(leadId)).toMatchObject({ score: 80, tier: 'sql' }));
    watcher.unsubscribe();
  });

  it('finishes a rescore the browser cut short when the worker starts again', async () => {
    const db = freshDatabase();
    const { leadId } = await captureLead(db, gmailDraft(), 1_000);
    const first = watchScoringInputs(db, () => 2_000);
    await vi.waitFor(async () => expect((await db.templates.toArray()).length).toBe(1));
    for (const itemId of ['budget', 'authority', 'need']) await answerChecklist(db, { leadId, itemId, value: 'yes', note: null }, 3_000);
    await vi.waitFor(async () => expect(await browser.storage.local.get(SCORED_WITH_KEY)).toHaveProperty(SCORED_WITH_KEY));
    first.unsubscribe();

    // The thresholds change while no worker watches (it was stopped before it could rescore).
    await saveSettings(db, { tierThresholds: { mql: 20, sql: 50 } });
    expect((await db.leads.get(leadId))?.tier).toBe('mql');

    const second = watchScoringInputs(db, () => 5_000);
    await vi.waitFor(async () => expect((await db.leads.get(leadId))?.tier).toBe('sql'));
    second.unsubscribe();
  });
});
