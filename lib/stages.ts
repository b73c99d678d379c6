// The lifecycle of DESIGN.md §2: new → contacted → qualifying → qualified → handed_off → won | lost,
// with nurturing as a side track. Every move a rep may make is listed here and nowhere else: the
// stage list, the outcome buttons, the handoff gate and every refusal read it (issue 17).
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

/** Every open stage may be closed: a win without a handoff is a rep's own close. */
const CLOSE = ['handed_off', 'won', 'lost'] as const;

/** Allowed next stages. Skipping ahead is allowed up to `qualified`; handoff has its own gate. */
export const TRANSITIONS: Record<Stage, readonly Stage[]> = {
  new: ['contacted', 'qualifying', 'qualified', 'nurturing', ...CLOSE],
  contacted: ['qualifying', 'qualified', 'nurturing', ...CLOSE],
  qualifying: ['qualified', 'nurturing', ...CLOSE],
  qualified: ['qualifying', 'nurturing', ...CLOSE],
  handed_off: ['won', 'lost'],
  won: [],
  // A lost lead may come back later, so it can be re-opened into nurturing.
  lost: ['nurturing'],
  nurturing: ['contacted', 'qualifying', 'qualified', ...CLOSE],
};

/**
 * Stages reached through their own action, not the stage list: "Hand off" checks the checklist and
 * records the note, "Log won" the value and "Log lost" the reason.
 */
export const ACTION_STAGES = ['handed_off', 'won', 'lost'] as const satisfies readonly Stage[];
export type ActionStage = (typeof ACTION_STAGES)[number];

export const ACTION_NAMES: Record<ActionStage, string> = {
  handed_off: '"Hand off"',
  won: '"Log won"',
  lost: '"Log lost"',
};

export function isActionStage(stage: Stage): stage is ActionStage {
  return (ACTION_STAGES as readonly Stage[]).includes(stage);
}

/** Stages a lead can be handed off from: every stage the handoff may follow. */
export const HANDOFF_FROM: readonly Stage[] = (Object.keys(TRANSITIONS) as Stage[]).filter((stage) => canMove(stage, 'handed_off'));

export function canMove(from: Stage, to: Stage): boolean {
  return TRANSITIONS[from].includes(to);
}

/** What the stage list offers from `from`: the allowed moves that have no action of their own. */
export function manualMoves(from: Stage): Stage[] {
  return TRANSITIONS[from].filter((stage) => !isActionStage(stage));
}

function listed(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** The moves a rep can make from `from`, each named with the control that makes it. */
export function describeMoves(from: Stage): string {
  const manual = manualMoves(from).map((stage) => STAGE_NAMES[stage]);
  const actions = ACTION_STAGES.filter((stage) => canMove(from, stage)).map((stage) => ACTION_NAMES[stage]);
  if (!manual.length && !actions.length) return `${STAGE_NAMES[from]} is final.`;
  const parts = [manual.length ? `move to ${listed(manual)}` : null, actions.length ? `use ${listed(actions)}` : null].filter(Boolean);
  return `From ${STAGE_NAMES[from]} you can ${parts.join(', or ')}.`;
}

/** The sentence a rep sees when a move is refused, or null when it is allowed. */
export function transitionProblem(from: Stage, to: Stage): string | null {
  if (from === to) return `The lead is already ${STAGE_NAMES[to]}.`;
  if (canMove(from, to)) return null;
  return `A lead cannot move from ${STAGE_NAMES[from]} to ${STAGE_NAMES[to]}. ${describeMoves(from)}`;
}
