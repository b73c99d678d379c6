import { STAGES } from '@/lib/schema';
import { HANDOFF_FROM, TRANSITIONS, canMove, describeMoves, manualMoves, transitionProblem } from '@/lib/stages';

describe('lifecycle transitions', () => {
  it('follows new → contacted → qualifying → qualified → handed_off → won | lost', () => {
    expect(canMove('new', 'contacted')).toBe(true);
    expect(canMove('contacted', 'qualifying')).toBe(true);
    expect(canMove('qualifying', 'qualified')).toBe(true);
    expect(canMove('qualified', 'handed_off')).toBe(true);
    expect(canMove('handed_off', 'won')).toBe(true);
    expect(canMove('handed_off', 'lost')).toBe(true);
  });

  it('lets every open stage go to nurturing, won or lost (a rep closes their own deals), and won is final', () => {
    for (const stage of ['new', 'contacted', 'qualifying', 'qualified'] as const) {
      expect([canMove(stage, 'nurturing'), canMove(stage, 'won'), canMove(stage, 'lost')]).toStrictEqual([true, true, true]);
    }
    expect([canMove('nurturing', 'won'), canMove('lost', 'won'), canMove('won', 'lost')]).toStrictEqual([true, false, false]);
    expect(HANDOFF_FROM).toStrictEqual(['new', 'contacted', 'qualifying', 'qualified', 'nurturing']);
    expect(TRANSITIONS.won).toStrictEqual([]);
    expect(STAGES.every((stage) => !TRANSITIONS[stage].includes(stage))).toBe(true);
  });

  it('offers in the stage list only the allowed moves that have no action of their own', () => {
    expect(manualMoves('new')).toStrictEqual(['contacted', 'qualifying', 'qualified', 'nurturing']);
    expect(manualMoves('handed_off')).toStrictEqual([]);
    expect(manualMoves('lost')).toStrictEqual(['nurturing']);
    for (const stage of Object.keys(TRANSITIONS) as (keyof typeof TRANSITIONS)[]) {
      expect(manualMoves(stage).every((to) => transitionProblem(stage, to) === null)).toBe(true);
    }
  });

  it('explains a refused move naming only the moves the rep can make, each with its control', () => {
    expect(transitionProblem('contacted', 'new')).toBe(
      'A lead cannot move from Contacted to New. From Contacted you can move to Qualifying, Qualified or Nurturing, or use "Hand off", "Log won" or "Log lost".',
    );
    expect(transitionProblem('handed_off', 'qualified')).toBe('A lead cannot move from Handed off to Qualified. From Handed off you can use "Log won" or "Log lost".');
    expect(transitionProblem('lost', 'won')).toBe('A lead cannot move from Lost to Won. From Lost you can move to Nurturing.');
    expect(transitionProblem('won', 'lost')).toBe('A lead cannot move from Won to Lost. Won is final.');
    expect(describeMoves('new')).toBe('From New you can move to Contacted, Qualifying, Qualified or Nurturing, or use "Hand off", "Log won" or "Log lost".');
    expect(transitionProblem('qualified', 'qualified')).toBe('The lead is already Qualified.');
    expect(transitionProblem('qualified', 'handed_off')).toBeNull();
  });
});
