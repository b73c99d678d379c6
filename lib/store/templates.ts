// Qualification templates. Saving or deleting one changes scores: the background rescoring
// watcher (entrypoints/background/rescoring.ts) picks the change up and rescores in batches.
import type { LeadClipDb } from '../db';
import type { Template } from '../schema';
import { defaultTemplate } from '../templates';
import { CommandError } from './errors';

/** Stores the built-in default template once, so there is always a checklist to answer. */
export async function ensureDefaultTemplate(db: LeadClipDb, now: number): Promise<void> {
  await db.transaction('rw', db.templates, async () => {
    if ((await db.templates.count()) === 0) await db.templates.add(defaultTemplate(now));
  });
}

export async function saveTemplate(db: LeadClipDb, template: Omit<Template, 'updatedAt'>, now: number): Promise<Template> {
  const ids = template.items.map((item) => item.id);
  if (new Set(ids).size !== ids.length) throw new CommandError('invalid_message', 'Two checklist items share an id.');
  if (template.items.length === 0) throw new CommandError('invalid_message', 'A template needs at least one question.');
  return db.transaction('rw', db.templates, async () => {
    const others = (await db.templates.toArray()).filter((other) => other.id !== template.id);
    // Exactly one default: the saved one when it claims it, or it becomes default when it is alone.
    const isDefault = template.isDefault || !others.some((other) => other.isDefault);
    const saved: Template = { ...template, isDefault, updatedAt: now };
    if (isDefault) {
      for (const other of others.filter((o) => o.isDefault)) await db.templates.update(other.id, { isDefault: false });
    }
    await db.templates.put(saved);
    return saved;
  });
}

export async function deleteTemplate(db: LeadClipDb, id: string): Promise<{ deleted: boolean }> {
  return db.transaction('rw', db.templates, async () => {
    const all = await db.templates.toArray();
    const target = all.find((template) => template.id === id);
    if (!target) return { deleted: false };
    if (all.length === 1) throw new CommandError('invalid_message', 'Keep at least one template: it is the checklist reps answer.');
    await db.templates.delete(id);
    if (target.isDefault) await db.templates.update(all.find((template) => template.id !== id)!.id, { isDefault: true });
    return { deleted: true };
  });
}
