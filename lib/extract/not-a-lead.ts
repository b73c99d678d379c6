// Telling a refusal from a draft, apart from lib/schema.ts: content scripts import this, and
// importing anything at run time from the schema would bundle Zod into them (DESIGN.md §7, 30 KB).
import type { LeadDraft, NotALead, Screen } from '../schema';
import { NOT_A_LEAD } from './notification-lexicon';

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

/**
 * Judged on a `Screen` (lib/schema.ts): the subject and the first lines of the body, and whether a
 * machine wrote the mail for someone else (a notification). A payment receipt, a bounce, a spam flag,
 * an autoreply or a newsletter is refused whoever sent it; a cancelled booking or a digest when a form
 * tool sent it.
 */
export function refusalOf({ subject, opening, notification }: Screen): NotALead | null {
  const text = [subject ?? '', ...opening.slice(0, 4)].join('\n');
  const found = NOT_A_LEAD.find(({ pattern, any }) => any?.test(text) || (notification && pattern?.test(text)));
  return found ? { kind: 'not_a_lead', reason: found.reason } : null;
}

/**
 * A reading with its screen: the Gmail reader leaves the refusal to the background (the patterns stay out
 * of the script injected into Gmail, DESIGN.md §7) and hands over what it is judged on.
 */
export type Screened = (LeadDraft | NotALead) & { screen?: Screen };

/** The reading without its screen, or the refusal the screen calls for (which comes before any other). */
export function screened(reading: Screened | null): LeadDraft | NotALead | null {
  if (!reading) return null;
  const { screen, ...rest } = reading;
  return (screen && refusalOf(screen)) || rest;
}
