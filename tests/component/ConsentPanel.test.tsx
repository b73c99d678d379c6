import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConsentPanel } from '@/components/ConsentPanel';
import { db } from '@/components/db';
import { clearDatabase, connectBackground } from '../helpers/background';
import { makeLead } from '../helpers/dataset';

const CAPTURED = Date.UTC(2026, 10, 20, 14, 2);

beforeEach(async () => {
  await clearDatabase(db);
  connectBackground(db, () => CAPTURED + 3_600_000);
});

describe('ConsentPanel', () => {
  it('shows where and when the lead was captured and saves its lawful basis and notice date', async () => {
    const lead = makeLead({
      id: 'lead-1',
      createdAt: CAPTURED,
      source: { channel: 'email', url: 'https://mail.google.com/mail/u/0/#inbox/abc', title: 'Pricing for 40 trucks', capturedAt: CAPTURED, inquiryAt: CAPTURED - 60_000, utm: null },
    });
    await db.leads.put(lead);
    const user = userEvent.setup();
    render(<ConsentPanel lead={lead} />);

    expect(screen.getByRole('link', { name: 'Pricing for 40 trucks' }).getAttribute('href')).toBe('https://mail.google.com/mail/u/0/#inbox/abc');
    expect(screen.getByText('Lawful basis', { selector: 'dt' }).nextElementSibling?.textContent).toBe('Not recorded');
    expect(screen.getByText('Person informed', { selector: 'dt' }).nextElementSibling?.textContent).toBe('not yet');

    await user.selectOptions(screen.getByLabelText('Lawful basis'), 'legitimate_interest');
    await user.type(screen.getByLabelText('Informed on'), '2026-11-21');
    await user.type(screen.getByLabelText('Note (how, where)'), 'Privacy notice in first reply');
    await user.click(screen.getByRole('button', { name: 'Save consent' }));

    expect((await screen.findByRole('status')).textContent).toBe('Saved.');
    const saved = await db.leads.get('lead-1');
    expect(saved!.consent).toStrictEqual({
      basis: 'legitimate_interest',
      recordedAt: expect.any(Number),
      noticeSentAt: new Date(2026, 10, 21).getTime(),
      note: 'Privacy notice in first reply',
    });
  });

  it('erases the lead after confirmation, optionally onto the suppression list', async () => {
    const lead = makeLead({ id: 'lead-2', emails: ['objector@example.com'] });
    await db.leads.put(lead);
    await db.activities.put({ id: 'n', leadId: 'lead-2', at: 1, type: 'note', text: 'Asked us to stop' });
    const user = userEvent.setup();
    render(<ConsentPanel lead={lead} />);
    await user.click(screen.getByRole('button', { name: 'Erase this lead' }));
    await user.click(screen.getByLabelText(/Add to the suppression list/));
    await user.click(screen.getByRole('button', { name: 'Erase permanently' }));
    expect((await screen.findByRole('status')).textContent).toBe('Erased 1, and added to the suppression list.');
    expect([await db.leads.count(), await db.activities.count(), await db.suppressions.count()]).toStrictEqual([0, 0, 1]);
  });
});
