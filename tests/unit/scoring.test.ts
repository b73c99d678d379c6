import type { Activity, Checklist } from '@/lib/schema';
import { engagementOf, explainTier, scoreLead, tierOf } from '@/lib/scoring';
import { defaultTemplate } from '@/lib/templates';
import { leadFromDraft } from '@/lib/store/capture';
import { gmailDraft } from '../helpers/fixtures';

const template = defaultTemplate();
const thresholds = { mql: 40, sql: 70 };
const noEngagement = { replied: false, meetingBooked: false, timeToFirstContact: null };

function checklist(answers: Record<string, ['yes' | 'no' | 'unknown', string | null]>): Checklist {
  return {
    leadId: 'lead-1',
    templateId: template.id,
    updatedAt: 0,
    answers: Object.fromEntries(Object.entries(answers).map(([id, [value, note]]) => [id, { value, note, answeredAt: 0 }])),
  };
}

describe('scoreLead', () => {
  it('scores an unanswered lead with no engagement as cold with no reasons', () => {
    expect(scoreLead({ template, checklist: undefined, engagement: noEngagement, thresholds, slaMinutes: 5 })).toStrictEqual({
      score: 0,
      tier: 'cold',
      reasons: [],
    });
  });

  it('makes a BANT-qualified lead contacted within the SLA an SQL, with the notes as reasons', () => {
    const answers = checklist({
      budget: ['yes', null],
      authority: ['yes', null],
      need: ['yes', 'replacing spreadsheets for 40 trucks'],
      timing: ['yes', '< 3 months'],
      fit: ['no', null],
      urgency: ['unknown', null],
    });
    const result = scoreLead({
      template,
      checklist: answers,
      engagement: { replied: false, meetingBooked: false, timeToFirstContact: 3 * 60_000 },
      thresholds,
      slaMinutes: 5,
    });
    // 80 × (20 + 20 + 25 + 15) / 100 = 64, plus 5 for contact within the SLA.
    expect(result).toStrictEqual({
      score: 69,
      tier: 'mql',
      reasons: ['budget yes', 'authority yes', 'need replacing spreadsheets for 40 trucks', 'timing < 3 months', 'fit no', 'contacted within 5 min'],
    });
    const withMeeting = scoreLead({
      template,
      checklist: answers,
      engagement: { replied: true, meetingBooked: true, timeToFirstContact: 3 * 60_000 },
      thresholds,
      slaMinutes: 5,
    });
    expect(withMeeting.score).toBe(84);
    expect(withMeeting.tier).toBe('sql');
    expect(explainTier(withMeeting)).toBe(
      'SQL: budget yes, authority yes, need replacing spreadsheets for 40 trucks, timing < 3 months, fit no, meeting booked, replied, contacted within 5 min',
    );
  });

  it('gives fewer points for contact within the hour and none after', () => {
    const score = (minutes: number) =>
      scoreLead({ template, checklist: undefined, engagement: { ...noEngagement, timeToFirstContact: minutes * 60_000 }, thresholds, slaMinutes: 5 }).score;
    expect([score(4), score(30), score(120)]).toStrictEqual([5, 2, 0]);
  });

  it('caps at 100 and follows the thresholds given', () => {
    const allYes = checklist(Object.fromEntries(template.items.map((item) => [item.id, ['yes', null]])));
    const result = scoreLead({
      template,
      checklist: allYes,
      engagement: { replied: true, meetingBooked: true, timeToFirstContact: 0 },
      thresholds,
      slaMinutes: 5,
    });
    expect(result.score).toBe(100);
    expect(tierOf(69, { mql: 40, sql: 70 })).toBe('mql');
    expect(tierOf(69, { mql: 20, sql: 60 })).toBe('sql');
    expect(tierOf(19, { mql: 20, sql: 60 })).toBe('cold');
  });
});

describe('engagementOf', () => {
  it('reads meeting, reply and time to first contact from the timeline', () => {
    const lead = leadFromDraft(gmailDraft(), { id: 'lead-1', captureId: 'c', now: Date.UTC(2026, 10, 20, 14, 5) });
    const inquiry = lead.source.inquiryAt;
    const activities: Activity[] = [
      { id: 'a', leadId: 'lead-1', at: inquiry + 4 * 60_000, type: 'contacted', channel: 'email' },
      { id: 'b', leadId: 'lead-1', at: inquiry + 60 * 60_000, type: 'merged', url: null, filled: [], conflicts: [] },
      { id: 'c', leadId: 'lead-1', at: inquiry + 90 * 60_000, type: 'meeting_booked', meetingAt: inquiry + 86_400_000 },
    ];
    expect(engagementOf(lead, activities)).toStrictEqual({ replied: true, meetingBooked: true, timeToFirstContact: 4 * 60_000 });
    expect(engagementOf(lead, [])).toStrictEqual({ replied: false, meetingBooked: false, timeToFirstContact: null });
  });
});
