// The lifecycle of DESIGN.md §2: new → contacted → qualifying → qualified → handed_off → won | lost,
// with nurturing as a side track. Every move a rep may make is listed here and nowhere else.
import type { Stage } from './schema';

export const STAGE_NAMES: Record<Stage, string> = {
  new: 'New',
  contacted: 'Contacted',
  qualifying: 'Qualifying',
  qualified: 'Qualified',
  handed_off: 'Handed off',
  won: 'Won',
  lost: 'Lost',
  nurturing: 'Nurturing',
};

/** Allowed next stages. Skipping ahead is allowed up to `qualified`; handoff has its own gate. */
export const TRANSITIONS: Record<Stage, readonly Stage[]> = {
  new: ['contacted', 'qualifying', 'nurturing', 'lost'],
  contacted: ['qualifying', 'qualified', 'nurturing', 'lost'],
  qualifying: ['qualified', 'nurturing', 'lost'],
  qualified: ['qualifying', 'handed_off', 'nurturing', 'lost'],
  handed_off: ['won', 'lost'],
  won: [],
  // A lost lead may come back later, so it can be re-opened into nurturing.
  lost: ['nurturing'],
  nurturing: ['contacted', 'qualifying', 'qualified', 'lost'],
};

/** Stages a lead can be handed off from: any open stage before handoff. */
export const HANDOFF_FROM: readonly Stage[] = ['new', 'contacted', 'qualifying', 'qualified', 'nurturing'];

export function canMove(from: Stage, to: Stage): boolean {
  return TRANSITIONS[from].includes(to);
}

/** The sentence a rep sees when a move is refused, or null when it is allowed. */
export function transitionProblem(from: Stage, to: Stage): string | null {
  if (from === to) return `The lead is already ${STAGE_NAMES[to]}.`;
  if (canMove(from, to)) return null;
  const allowed = TRANSITIONS[from].map((stage) => STAGE_NAMES[stage]);
  const next = allowed.length ? `From ${STAGE_NAMES[from]} it can move to: ${allowed.join(', ')}.` : `${STAGE_NAMES[from]} is final.`;
  return `A lead cannot move from ${STAGE_NAMES[from]} to ${STAGE_NAMES[to]}. ${next}`;
}
