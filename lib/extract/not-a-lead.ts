// Telling a refusal from a draft, apart from lib/schema.ts: content scripts import this, and
// importing anything at run time from the schema would bundle Zod into them (DESIGN.md §7, 30 KB).
import type { LeadDraft, NotALead } from '../schema';

export function isNotALead(value: LeadDraft | NotALead | null): value is NotALead {
  return value !== null && 'kind' in value && value.kind === 'not_a_lead';
}
