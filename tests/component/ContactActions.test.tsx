import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ContactActions } from '@/components/ContactActions';
import { db } from '@/components/db';
import { LeadDetail } from '@/components/LeadDetail';
import { clearDatabase, connectBackground } from '../helpers/background';
import { gmailDraft } from '../helpers/fixtures';

const CAPTURED_AT = Date.UTC(2026, 10, 23, 10, 0);
let clock = CAPTURED_AT;

async function capturedLead() {
  const send = connectBackground(db, () => clock);
  const reply = (await send({ leadclip: 1, command: 'lead.capture', payload: gmailDraft({ inquiryAt: null }) })) as {
    ok: true;
    value: { leadId: string };
  };
  return (await db.leads.get(reply.value.leadId))!;
}

beforeEach(async () => {
  clock = CAPTURED_AT;
  await clearDatabase(db);
});

describe('ContactActions', () => {
  it('logs a contact on the chosen channel: the lead is contacted and its first contact time recorded', async () => {
    const lead = await capturedLead();
    render(<ContactActions lead={lead} />);
    expect((screen.getByLabelText('Contact channel') as HTMLSelectElement).value).toBe('email');

    clock = CAPTURED_AT + 70_000;
    await userEvent.selectOptions(screen.getByLabelText('Contact channel'), 'Call');
    await userEvent.click(screen.getByRole('button', { name: 'Mark contacted' }));

    expect((await screen.findByRole('status')).textContent).toBe('Contact logged (Call).');
    expect(await db.leads.get(lead.id)).toMatchObject({ stage: 'contacted', firstContactAt: CAPTURED_AT + 70_000 });
    expect((await db.activities.where('type').equals('contacted').toArray()).map((a) => a.type === 'contacted' && a.channel)).toStrictEqual(['call']);
  });

  it('shows the time to first contact once it is recorded', async () => {
    const lead = await capturedLead();
    render(<ContactActions lead={{ ...lead, firstContactAt: CAPTURED_AT + 3 * 60_000 + 25_000 }} />);
    expect(screen.getByText('First contact 3:25 after the inquiry.')).toBeTruthy();
  });

  it('snoozes the reminder by 5 minutes, 1 hour or until tomorrow', async () => {
    const lead = await capturedLead();
    render(<ContactActions lead={lead} />);
    clock = CAPTURED_AT + 6 * 60_000;
    const snooze = screen.getByRole('button', { name: 'Snooze 5 min' }) as HTMLButtonElement;
    await vi.waitFor(() => expect(snooze.disabled).toBe(false));

    await userEvent.click(snooze);

    // The real clock is days past the test's, so the new due time reads as a date.
    expect((await screen.findByRole('status')).textContent).toMatch(/^Snoozed: due Nov 23 \d{1,2}:11\.$/);
    expect((await db.leads.get(lead.id))?.nextDueAt).toBe(clock + 5 * 60_000);
    expect(screen.getByRole('button', { name: 'Snooze 1 h' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Snooze until tomorrow' })).toBeTruthy();
  });

  it('says what is due, offers only the snoozes that would move it, and shows the new time at once (issue 17)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(CAPTURED_AT);
    try {
      const lead = await capturedLead();
      const send = connectBackground(db, () => clock);
      await send({ leadclip: 1, command: 'lead.logContact', payload: { id: lead.id, channel: 'email' } });
      render(<ContactActions lead={(await db.leads.get(lead.id))!} />);
      expect(screen.getByRole('timer').textContent).toMatch(/^Follow-up tomorrow \d{1,2}:00$/);
      // The follow-up is a day away: "Snooze 1 h" used to be accepted and change nothing.
      await vi.waitFor(() => expect((screen.getByRole('button', { name: 'Snooze until tomorrow' }) as HTMLButtonElement).disabled).toBe(true));
      expect((screen.getByRole('button', { name: 'Snooze 1 h' }) as HTMLButtonElement).disabled).toBe(true);
      expect(screen.getByRole('button', { name: 'Snooze 1 h' }).title).toMatch(/^Already due later than that: tomorrow \d{1,2}:00$/);

    } finally {
      vi.useRealTimers();
    }
  });

  it('after "Snooze 1 h" the lead detail shows the new due time at once (issue 17)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(CAPTURED_AT);
    try {
      const lead = await capturedLead();
      render(<LeadDetail leadId={lead.id} onBack={() => undefined} />);
      const timer = await screen.findByRole('timer');
      expect(timer.textContent).toBe('Reply due 5:00');
      const snooze = screen.getByRole('button', { name: 'Snooze 1 h' }) as HTMLButtonElement;
      await vi.waitFor(() => expect(snooze.disabled).toBe(false));
      await userEvent.click(snooze);
      await vi.waitFor(() => expect(screen.getByRole('timer').textContent).toMatch(/^Reply due today \d{1,2}:00$/));
      expect((await db.leads.get(lead.id))?.nextDueAt).toBe(CAPTURED_AT + 3_600_000);
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows the booked meeting in the lead detail while another task comes first (issue 17)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(CAPTURED_AT);
    try {
      const lead = await capturedLead();
      const send = connectBackground(db, () => clock);
      await send({ leadclip: 1, command: 'lead.logContact', payload: { id: lead.id, channel: 'call' } });
      await send({ leadclip: 1, command: 'meeting.book', payload: { id: lead.id, meetingAt: CAPTURED_AT + 3 * 86_400_000 } });
      render(<LeadDetail leadId={lead.id} onBack={() => undefined} />);
      expect((await screen.findByRole('timer')).textContent).toMatch(/^Follow-up tomorrow \d{1,2}:00$/);
      // Monday 10:00 UTC + 3 days: Thursday.
      expect(await screen.findByText(/^Meeting booked for Thu \d{1,2}:00\.$/)).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });

  it('disables snoozing for a lead with nothing pending', async () => {
    const lead = await capturedLead();
    render(<ContactActions lead={{ ...lead, nextDueAt: null }} />);
    expect((screen.getByRole('button', { name: 'Snooze 5 min' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('books a meeting with a confirmation reminder, and says so when the time is missing or past', async () => {
    const lead = await capturedLead();
    render(<ContactActions lead={lead} />);

    await userEvent.click(screen.getByRole('button', { name: 'Book meeting' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Choose the meeting date and time first.');

    fireEvent.change(screen.getByLabelText('Meeting time'), { target: { value: '2026-11-20T09:00' } });
    await userEvent.click(screen.getByRole('button', { name: 'Book meeting' }));
    expect((await screen.findByRole('alert')).textContent).toBe('That meeting time has already passed.');

    fireEvent.change(screen.getByLabelText('Meeting time'), { target: { value: '2026-11-25T14:00' } });
    await userEvent.click(screen.getByRole('button', { name: 'Book meeting' }));
    expect((await screen.findByRole('status')).textContent).toBe('Meeting booked for Nov 25 14:00; a confirmation reminder is set.');
    const meetingAt = new Date('2026-11-25T14:00').getTime();
    const confirmations = (await db.tasks.toArray()).filter((task) => task.kind === 'meeting_confirmation');
    expect(confirmations.map((task) => task.dueAt)).toStrictEqual([meetingAt - 24 * 3_600_000]);
  });
});
