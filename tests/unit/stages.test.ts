import { STAGES } from '@/lib/schema';
import { TRANSITIONS, canMove, transitionProblem } from '@/lib/stages';

describe('lifecycle transitions', () => {
  it('follows new → contacted → qualifying → qualified → handed_off → won | lost', () => {
    expect(canMove('new', 'contacted')).toBe(true);
    expect(canMove('contacted', 'qualifying')).toBe(true);
    expect(canMove('qualifying', 'qualified')).toBe(true);
    expect(canMove('qualified', 'handed_off')).toBe(true);
    expect(canMove('handed_off', 'won')).toBe(true);
    expect(canMove('handed_off', 'lost')).toBe(true);
  });

  it('lets every open stage go to nurturing or lost, and won is final', () => {
    for (const stage of ['new', 'contacted', 'qualifying', 'qualified'] as const) {
      expect([canMove(stage, 'nurturing'), canMove(stage, 'lost')]).toStrictEqual([true, true]);
    }
    expect(TRANSITIONS.won).toStrictEqual([]);
    expect(STAGES.every((stage) => !TRANSITIONS[stage].includes(stage))).toBe(true);
  });

  it('explains a refused move with the stages that are allowed', () => {
    expect(transitionProblem('new', 'won')).toBe('A lead cannot move from New to Won. From New it can move to: Contacted, Qualifying, Nurturing, Lost.');
    expect(transitionProblem('won', 'lost')).toBe('A lead cannot move from Won to Lost. Won is final.');
    expect(transitionProblem('qualified', 'qualified')).toBe('The lead is already Qualified.');
    expect(transitionProblem('qualified', 'handed_off')).toBeNull();
  });
});
