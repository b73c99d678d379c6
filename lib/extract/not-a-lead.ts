// Telling a refusal from a draft, apart from lib/schema.ts: content scripts import this, and
// importing anything at run time from the schema would bundle Zod into them (DESIGN.md §7, 30 KB).
import type { LeadDraft, NotALead } from '../schema';

export function isNotALead(value: LeadDraft | NotALead | null): value is NotALead {
  return value !== null && 'kind' in value && value.kind === 'not_a_lead';
}

/** What the rep is told about each kind of refusal the readers return as a code. */
const REFUSALS: Record<string, string> = {
  receipt: 'This is a payment receipt, not an inquiry.',
  bounce: 'This is a bounced email, not an inquiry.',
  spam: 'This notification was flagged as spam.',
  cancelled: 'This is a cancelled booking, not a new inquiry.',
  digest: 'This is a digest of several submissions, not one inquiry.',
  autoreply: 'This is an automatic receipt, not an inquiry.',
  newsletter: 'This is a newsletter, not an inquiry.',
};

/** The sentence for a refusal: its code's words, or the reason itself when a reader wrote it out. */
export function refusalText(refusal: NotALead): string {
  return REFUSALS[refusal.reason] ?? refusal.reason;
}
