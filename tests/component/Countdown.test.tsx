import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { db } from '@/components/db';
import { Countdown } from '@/components/Countdown';
import { LeadList } from '@/components/LeadList';
import { captureLead } from '@/lib/store/capture';
import { clearDatabase } from '../helpers/background';
import { gmailDraft } from '../helpers/fixtures';

const NOW = Date.UTC(2026, 10, 22, 15, 0);
const REPLY = { kind: 'first_contact', late: false, meetingAt: null } as const;
const replyDue = (nextDueAt: number | null) => ({ nextDueAt, nextTask: nextDueAt === null ? null : REPLY });

beforeEach(() => {
  // Only the ticker and the clock are faked: Dexie's live queries keep real timers.
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

function advance(ms: number) {
  act(() => vi.advanceTimersByTime(ms));
}

describe('Countdown', () => {
  it('says what is due, counts down every second and then shows how long it is overdue', () => {
    render(<Countdown lead={replyDue(NOW + 2_000)} />);
    expect(screen.getByRole('timer').textContent).toBe('Reply due 0:02');
    advance(1_000);
    expect(screen.getByRole('timer').textContent).toBe('Reply due 0:01');
    advance(1_000);
    expect(screen.getByRole('timer')).toMatchObject({ textContent: 'Reply overdue 0:00', className: 'countdown overdue' });
    advance(65_000);
    expect(screen.getByRole('timer').textContent).toBe('Reply overdue 1:05');
  });

  it('shows a late inquiry quietly, never as an alarm', () => {
    render(<Countdown lead={{ nextDueAt: NOW - 3 * 86_400_000, nextTask: { ...REPLY, late: true } }} />);
    expect(screen.getByRole('timer')).toMatchObject({ textContent: 'Late inquiry', className: 'countdown quiet' });
  });

  it('renders nothing without a due time', () => {
    const { container } = render(<Countdown lead={replyDue(null)} />);
    expect(container.textContent).toBe('');
  });

  it('ticks without re-rendering the component around it', () => {
    let parentRenders = 0;
    function Row() {
      const renders = useRef(0);
      renders.current += 1;
      parentRenders = renders.current;
      return <Countdown lead={replyDue(NOW + 10 * 60_000)} />;
    }
    render(<Row />);
    advance(5_000);
    expect(screen.getByRole('timer').textContent).toBe('Reply due 9:55');
    expect(parentRenders).toBe(1);
  });
});

describe('LeadList countdowns', () => {
  beforeEach(() => clearDatabase(db));

  it('shows each lead its countdown and moves a lead to the top when it becomes overdue', async () => {
    const older = await captureLead(db, gmailDraft({ fullName: 'Ada Older', emails: ['ada@older.example'], phones: [] }), NOW - 60_000);
    const newer = await captureLead(db, gmailDraft({ fullName: 'Tom Newer', emails: ['tom@newer.example'], phones: [] }), NOW);
    await db.leads.update(older.leadId, replyDue(NOW + 3_000));
    await db.leads.update(newer.leadId, replyDue(NOW + 240_000));

    render(<LeadList />);
    await vi.waitFor(() => expect(screen.getAllByRole('timer')).toHaveLength(2), { timeout: 5_000 });
    // The workspace list (issue 5) sorts by urgency: overdue first, then the soonest due.
    const rows = () => screen.getAllByRole('listitem').map((row) => [row.querySelector('.lead-name')?.textContent, row.querySelector('[role=timer]')?.textContent]);
    expect(rows()).toStrictEqual([
      ['Ada Older', 'Reply due 0:03'],
      ['Tom Newer', 'Reply due 4:00'],
    ]);

    advance(3_000);
    expect(rows()).toStrictEqual([
      ['Ada Older', 'Reply overdue 0:00'],
      ['Tom Newer', 'Reply due 3:57'],
    ]);
  });
});
