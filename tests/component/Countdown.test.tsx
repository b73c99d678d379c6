import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { db } from '@/components/db';
import { Countdown } from '@/components/Countdown';
import { LeadList } from '@/components/LeadList';
import { captureLead } from '@/lib/store/capture';
import { clearDatabase } from '../helpers/background';
import { gmailDraft } from '../helpers/fixtures';

const NOW = Date.UTC(2026, 10, 22, 15, 0);

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
  it('counts down every second and then shows how long it is overdue', () => {
    render(<Countdown dueAt={NOW + 2_000} />);
    expect(screen.getByRole('timer').textContent).toBe('0:02');
    advance(1_000);
    expect(screen.getByRole('timer').textContent).toBe('0:01');
    advance(1_000);
    expect(screen.getByRole('timer')).toMatchObject({ textContent: 'overdue 0:00', className: 'countdown overdue' });
    advance(65_000);
    expect(screen.getByRole('timer').textContent).toBe('overdue 1:05');
  });

  it('renders nothing without a due time', () => {
    const { container } = render(<Countdown dueAt={null} />);
    expect(container.textContent).toBe('');
  });

  it('ticks without re-rendering the component around it', () => {
    let parentRenders = 0;
    function Row() {
      const renders = useRef(0);
      renders.current += 1;
      parentRenders = renders.current;
      return <Countdown dueAt={NOW + 10 * 60_000} />;
    }
    render(<Row />);
    advance(5_000);
    expect(screen.getByRole('timer').textContent).toBe('9:55');
    expect(parentRenders).toBe(1);
  });
});

describe('LeadList countdowns', () => {
  beforeEach(() => clearDatabase(db));

  it('shows each lead its countdown and moves a lead to the top when it becomes overdue', async () => {
    const older = await captureLead(db, gmailDraft({ fullName: 'Ada Older', emails: ['ada@older.example'], phones: [] }), NOW - 60_000);
    const newer = await captureLead(db, gmailDraft({ fullName: 'Tom Newer', emails: ['tom@newer.example'], phones: [] }), NOW);
    await db.leads.update(older.leadId, { nextDueAt: NOW + 3_000 });
    await db.leads.update(newer.leadId, { nextDueAt: NOW + 240_000 });

    render(<LeadList />);
    await vi.waitFor(() => expect(screen.getAllByRole('timer')).toHaveLength(2), { timeout: 5_000 });
    // The workspace list (issue 5) sorts by urgency: overdue first, then the soonest due.
    const rows = () => screen.getAllByRole('listitem').map((row) => [row.querySelector('.lead-name')?.textContent, row.querySelector('[role=timer]')?.textContent]);
    expect(rows()).toStrictEqual([
      ['Ada Older', '0:03'],
      ['Tom Newer', '4:00'],
    ]);

    advance(3_000);
    expect(rows()).toStrictEqual([
      ['Ada Older', 'overdue 0:00'],
      ['Tom Newer', '3:57'],
    ]);
  });
});
