// Qualification checklist templates (DESIGN.md §5). The default is BANT plus fit and urgency;
// reps edit it (and add their own) on the options page.
import type { Answer, Checklist, Template, TemplateItem } from './schema';

export const DEFAULT_TEMPLATE_ID = 'default-bant';

/** Weights add up to 100 so a rep can read each one as "percent of the checklist". */
export function defaultTemplate(now = 0): Template {
  const item = (id: string, question: string, dimension: TemplateItem['dimension'], weight: number, requiredForHandoff: boolean) =>
    ({ id, question, dimension, weight, requiredForHandoff }) satisfies TemplateItem;
  return {
    id: DEFAULT_TEMPLATE_ID,
    name: 'BANT + fit and urgency',
    isDefault: true,
    updatedAt: now,
    items: [
      item('budget', 'Is there a budget for this?', 'budget', 20, true),
      item('authority', 'Is this person the decision maker, or do we know who is?', 'authority', 20, true),
      item('need', 'Do they have a clear need we solve?', 'need', 25, true),
      item('timing', 'Do they want to buy within 3 months?', 'timing', 15, true),
      item('fit', 'Do they fit our ideal customer profile?', 'fit', 10, false),
      item('urgency', 'Is there a pressing event driving the purchase?', 'urgency', 10, false),
    ],
  };
}

/** The template the rep marked as default, else the first stored one, else the built-in default. */
export function pickDefaultTemplate(templates: readonly Template[]): Template {
  return templates.find((template) => template.isDefault) ?? templates[0] ?? defaultTemplate();
}

/** The template a lead's checklist was answered against (it may have been deleted since). */
export function templateFor(checklist: Checklist | undefined, templates: readonly Template[]): Template {
  return templates.find((template) => template.id === checklist?.templateId) ?? pickDefaultTemplate(templates);
}

export function answerOf(checklist: Checklist | undefined, itemId: string): Answer | null {
  return checklist?.answers[itemId]?.value ?? null;
}

/** Required items without a yes or no: "unknown" still blocks a handoff. */
export function missingForHandoff(template: Template, checklist: Checklist | undefined): TemplateItem[] {
  return template.items.filter((item) => {
    if (!item.requiredForHandoff) return false;
    const answer = answerOf(checklist, item.id);
    return answer === null || answer === 'unknown';
  });
}

export function describeMissing(missing: readonly TemplateItem[]): string {
  return `Hand off needs an answer (yes or no) to: ${missing.map((item) => `"${item.question}"`).join(', ')}.`;
}

/** A template as the 'template.save' command takes it: the background stamps updatedAt. */
export function templatePayload({ id, name, isDefault, items }: Template): Omit<Template, 'updatedAt'> {
  return { id, name, isDefault, items };
}
