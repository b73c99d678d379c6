// Checklist answers, saved as the rep clicks. Answering moves a fresh lead into "qualifying", and
// reaching SQL moves a qualifying lead to "qualified" (DESIGN.md §2: qualified = SQL).
import type { LeadClipDb } from '../db';
import { newId } from '../ids';
import type { Activity, Answer, Checklist, Lead } from '../schema';
import { pickDefaultTemplate, templateFor } from '../templates';
import { CommandError } from './errors';
import { moveStage, requireLead } from './lifecycle';
import { withFreshScore } from './scores';
import { ensureDefaultTemplate } from './templates';

export interface AnswerPayload {
  leadId: string;
  itemId: string;
  value: Answer;
  note: string | null;
}

export async function answerChecklist(db: LeadClipDb, payload: AnswerPayload, now: number): Promise<{ lead: Lead; checklist: Checklist }> {
  await ensureDefaultTemplate(db, now);
  return db.transaction('rw', [db.leads, db.activities, db.checklists, db.templates, db.settings], async () => {
    const lead = await requireLead(db, payload.leadId);
    const templates = await db.templates.toArray();
    const previous = await db.checklists.get(lead.id);
    const template = previous ? templateFor(previous, templates) : pickDefaultTemplate(templates);
    if (!template.items.some((item) => item.id === payload.itemId)) {
      throw new CommandError('not_found', 'That question is no longer in the checklist; reload the lead.');
    }
    const checklist: Checklist = {
      leadId: lead.id,
      templateId: template.id,
      answers: { ...previous?.answers, [payload.itemId]: { value: payload.value, note: payload.note, answeredAt: now } },
      updatedAt: now,
    };
    await db.checklists.put(checklist);
    const activities: Activity[] = [];
    // A note-only edit is not a new answer: the timeline records changes of the answer itself.
    if (previous?.answers[payload.itemId]?.value !== payload.value) {
      activities.push({ id: newId(), leadId: lead.id, at: now, type: 'checklist_answered', itemId: payload.itemId, answer: payload.value });
    }
    let updated: Lead = { ...lead, updatedAt: now };
    if (updated.stage === 'new' || updated.stage === 'contacted') {
      const moved = moveStage(updated, 'qualifying', now);
      updated = moved.lead;
      activities.push(moved.activity);
    }
    await db.activities.bulkAdd(activities);
    updated = await withFreshScore(db, updated);
    if (updated.stage === 'qualifying' && updated.tier === 'sql') {
      const moved = moveStage(updated, 'qualified', now);
      updated = moved.lead;
      await db.activities.add(moved.activity);
    }
    await db.leads.put(updated);
    return { lead: updated, checklist };
  });
}
