import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '@/components/db';
import { LeadDetail } from '@/components/LeadDetail';
import { contactLinks } from '@/components/LeadDetailParts';
import { captureLead } from '@/lib/store/capture';
import { clearDatabase, connectBackground } from '../helpers/background';
import { gmailDraft } from '../helpers/fixtures';

const QUESTIONS = {
  budget: 'Is there a budget for this?',
  authority: 'Is this person the decision maker, or do we know who is?',
  need: 'Do they have a clear need we solve?',
  timing: 'Do they want to buy within 3 months?',
  fit: 'Do they fit our ideal customer profile?',
};

beforeEach(async () => {
  await clearDatabase(db);
  connectBackground(db);
});

async function renderPriya() {
  const { leadId } = await captureLead(db, gmailDraft({ linkedinUrl: 'https://www.linkedin.com/in/priya-raman/' }), Date.now());
  const onBack = vi.fn();
  render(<LeadDetail leadId={leadId} onBack={onBack} />);
  await screen.findByRole('heading', { name: 'Priya Raman' });
  return { leadId, onBack };
}

async function answer(user: ReturnType<typeof userEvent.setup>, question: string, value: 'Yes' | 'No' | 'Unknown') {
  await user.click(within(screen.getByRole('radiogroup', { name: question })).getByRole('radio', { name: value }));
  await screen.findByText(`Saved: ${question} ${value}`);
}

describe('LeadDetail', () => {
  it('links only validated contact values', () => {
    expect(
      contactLinks({
        emails: ['priya.raman@northwind-logistics.example', 'not an email'],
        phones: ['+14155550123', '+441134960500;ext=214', '555-CALL-NOW'],
        linkedinUrl: 'https://www.linkedin.com/in/priya-raman/',
      }),
    ).toStrictEqual([
      { href: 'mailto:priya.raman@northwind-logistics.example', label: 'priya.raman@northwind-logistics.example' },
      { href: 'tel:+14155550123', label: '+1 415 555 0123' },
      { href: 'tel:+441134960500;ext=214', label: '+44 113 496 0500 x214' },
      { href: 'https://www.linkedin.com/in/priya-raman/', label: 'LinkedIn profile' },
    ]);
    expect(contactLinks({ emails: [], phones: [], linkedinUrl: 'https://evil.example/in/priya/' })).toStrictEqual([]);
  });

  it('keeps the clock and the main actions in one bar, with shortcuts named in their tooltips', async () => {
    const user = userEvent.setup();
    const { leadId } = await renderPriya();
    const bar = screen.getByRole('region', { name: 'Lead actions' });
    await db.leads.update(leadId, { nextDueAt: Date.now() + 60_000 });
    expect(await within(bar).findByRole('timer')).toBeTruthy();
    expect(within(bar).getByRole('button', { name: 'Mark contacted' }).title).toBe('Mark contacted (Alt+C)');
    expect(within(bar).getByRole('button', { name: 'Snooze 5 min' }).getAttribute('aria-keyshortcuts')).toBe('Alt+S');
    expect(within(bar).getByRole('button', { name: 'Book meeting' }).title).toBe('Book meeting (Alt+M)');

    const handoff = screen.getByText('Handoff', { selector: 'summary' }).parentElement as HTMLDetailsElement;
    expect(handoff.open).toBe(false);
    await user.click(within(bar).getByRole('button', { name: 'Handoff' }));
    expect(handoff.open).toBe(true);
    expect(document.activeElement).toBe(within(handoff).getByRole('button', { name: 'Hand off' }));

    await user.keyboard('{Alt>}c{/Alt}');
    await vi.waitFor(async () => expect((await db.leads.get(leadId))?.stage).toBe('contacted'), { timeout: 5_000 });
  });

  it('shows a number it could not read as text with a mark, never hides it', async () => {
    const { leadId } = await captureLead(db, gmailDraft({ phones: [{ number: '020 7946 0018 ext 4', type: 'office' }] }), Date.now());
    render(<LeadDetail leadId={leadId} onBack={vi.fn()} />);
    const contact = await screen.findByRole('list', { name: 'Contact' });
    expect(within(contact).getByText('020 7946 0018 ext 4').textContent).toBe('020 7946 0018 ext 4 number not recognised: check it');
    expect(within(contact).queryByRole('link', { name: /7946/ })).toBeNull();
  });

  it('shows the lead with contact links, the timer actions and its timeline', async () => {
    await renderPriya();
    const contact = screen.getByRole('list', { name: 'Contact' });
    expect(within(contact).getAllByRole('link').map((link) => link.getAttribute('href'))).toStrictEqual([
      'mailto:priya.raman@northwind-logistics.example',
      'tel:+14155550123',
      'https://www.linkedin.com/in/priya-raman/',
    ]);
    for (const name of ['Mark contacted', 'Snooze 5 min', 'Copy handoff note', 'Hand off']) {
      expect(screen.getByRole('button', { name })).toBeTruthy();
    }
    expect(within(screen.getByRole('region', { name: 'Activity' })).getByText('Captured from Email')).toBeTruthy();
    expect(screen.getByText('Cold: no answers yet')).toBeTruthy();
  });

  it('saves checklist answers as the rep clicks and shows the tier with its reasons', async () => {
    const user = userEvent.setup();
    const { leadId } = await renderPriya();
    for (const question of Object.values(QUESTIONS)) {
      expect(within(screen.getByRole('radiogroup', { name: question })).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toStrictEqual([
        'yes',
        'no',
        'unknown',
      ]);
    }
    await user.type(screen.getByRole('textbox', { name: `Note on: ${QUESTIONS.timing}` }), '< 3 months');
    await answer(user, QUESTIONS.timing, 'Yes');
    await answer(user, QUESTIONS.budget, 'Yes');
    await answer(user, QUESTIONS.authority, 'Yes');
    await answer(user, QUESTIONS.need, 'Yes');
    await answer(user, QUESTIONS.fit, 'No');

    expect(await screen.findByText('MQL: budget yes, authority yes, need yes, timing < 3 months, fit no')).toBeTruthy();
    expect(await db.leads.get(leadId)).toMatchObject({ score: 64, tier: 'mql', stage: 'qualifying' });
    expect((await db.checklists.get(leadId))?.answers.fit?.value).toBe('no');
    await answer(user, QUESTIONS.fit, 'Yes');
    expect(await screen.findByText('SQL: budget yes, authority yes, need yes, timing < 3 months, fit yes')).toBeTruthy();
    expect(await db.leads.get(leadId)).toMatchObject({ score: 72, tier: 'sql', stage: 'qualified' });
  });

  it('offers only the stage moves that are allowed, records one, and once closed says what is left', async () => {
    const user = userEvent.setup();
    const { leadId } = await renderPriya();
    const options = () => within(screen.getByRole('combobox', { name: 'Stage' })).getAllByRole('option').map((option) => option.textContent);
    // Issue 17: the list used to offer every stage and then refuse Qualified from New.
    expect(options()).toStrictEqual(['New', 'Contacted', 'Qualifying', 'Qualified', 'Nurturing']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Stage' }), 'qualified');
    await user.click(screen.getByRole('button', { name: 'Change stage' }));
    expect(await screen.findByText('Stage: New → Qualified')).toBeTruthy();
    expect((await db.leads.get(leadId))?.stage).toBe('qualified');
    expect(options()).toStrictEqual(['Qualified', 'Qualifying', 'Nurturing']);

    // Won straight from Qualified, without a handoff: the rep's own close.
    await user.type(screen.getByLabelText('Deal value'), '48000');
    await user.click(screen.getByRole('button', { name: 'Log won' }));
    expect(await screen.findByText('Won is final.')).toBeTruthy();
    expect((await db.leads.get(leadId))?.stage).toBe('won');
    expect(screen.queryByRole('combobox', { name: 'Stage' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Log won' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Log lost' })).toBeNull();
  });

  it('keeps "Meeting held" until the booked meeting has started, saying when it is', async () => {
    const user = userEvent.setup();
    const { leadId } = await renderPriya();
    const send = connectBackground(db);
    const meetingAt = Date.now() + 2 * 86_400_000;
    await send({ leadclip: 1, command: 'meeting.book', payload: { id: leadId, meetingAt } });
    expect(await screen.findByText(/^The meeting is booked for \w{3} \d{1,2}:\d\d: log it as held once it has started\.$/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Meeting held' }) as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Meeting held' }));
    expect(await db.activities.where('type').equals('meeting_held').count()).toBe(0);
  });

  it('keeps one status line: the next action clears an earlier refusal', async () => {
    const user = userEvent.setup();
    await renderPriya();
    await user.click(screen.getByRole('button', { name: 'Log lost' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Not saved: Say why the lead was lost.');
    await user.type(screen.getByRole('textbox', { name: 'Add a note' }), 'Called, no answer.');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    expect((await screen.findByText('Note added.')).getAttribute('role')).toBe('status');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('logs a win with the deal value written in the rep\'s locale', async () => {
    const user = userEvent.setup();
    const { leadId } = await renderPriya();
    // Won is open to a handed-off lead on every branch; other stages are issue 17's lifecycle part.
    await db.leads.update(leadId, { stage: 'handed_off' });
    await user.type(screen.getByRole('textbox', { name: 'Deal value' }), '48.000,50 €');
    await user.click(screen.getByRole('button', { name: 'Log won' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/^Won logged: .*48[,.\u202f ]?000[.,]50/);
    const won = (await db.activities.where('leadId').equals(leadId).toArray()).find((activity) => activity.type === 'won');
    expect(won).toMatchObject({ value: 48000.5, currency: 'EUR' });
  });

  it('adds a note and logs a loss with its reason, refusing an empty reason', async () => {
    const user = userEvent.setup();
    const { leadId } = await renderPriya();
    await user.type(screen.getByRole('textbox', { name: 'Add a note' }), 'Prefers calls after 3pm.');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    expect(await screen.findByText('Note: Prefers calls after 3pm.')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Add a note' }) as HTMLTextAreaElement).value).toBe('');

    await user.click(screen.getByRole('button', { name: 'Log lost' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Not saved: Say why the lead was lost.');
    await user.type(screen.getByRole('textbox', { name: 'Reason lost' }), 'No budget this year');
    await user.click(screen.getByRole('button', { name: 'Log lost' }));
    expect(await screen.findByText('Lost: No budget this year')).toBeTruthy();
    expect((await db.leads.get(leadId))?.stage).toBe('lost');
  });
});

describe('Handoff panel', () => {
  it('refuses the handoff naming the missing answers, then hands off once they are answered', async () => {
    const user = userEvent.setup();
    const { leadId } = await renderPriya();
    await answer(user, QUESTIONS.budget, 'Yes');
    // The "Saved" status comes with the command's reply; the list of missing answers with the live query after it.
    expect(await screen.findByText(`Answer before handing off: ${QUESTIONS.authority} · ${QUESTIONS.need} · ${QUESTIONS.timing}`)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Hand off' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      `Hand off needs an answer (yes or no) to: "${QUESTIONS.authority}", "${QUESTIONS.need}", "${QUESTIONS.timing}".`,
    );
    expect(await db.handoffs.count()).toBe(0);

    await answer(user, QUESTIONS.authority, 'Yes');
    await answer(user, QUESTIONS.need, 'Yes');
    await answer(user, QUESTIONS.timing, 'No');
    await user.click(screen.getByRole('radio', { name: 'Markdown' }));
    const note = screen.getByRole('textbox', { name: 'Handoff note' }) as HTMLTextAreaElement;
    expect(note.value).toMatch(/^# Handoff: Priya Raman — Northwind Logistics\n\n## Summary\n/);
    expect(note.value).toContain('## Timing\n- Do they want to buy within 3 months? no');
    await user.type(note, '{Control>}{End}{/Control}\nCall before Friday.');

    await user.click(screen.getByRole('button', { name: 'Hand off' }));
    expect(await screen.findByText('Handed off: the note is on the clipboard.')).toBeTruthy();
    expect(await navigator.clipboard.readText()).toContain('Call before Friday.');
    const [handoff] = await db.handoffs.toArray();
    expect(handoff).toMatchObject({ leadId, via: 'copy', format: 'markdown' });
    expect(handoff!.note).toBe(await navigator.clipboard.readText());
    expect((await db.leads.get(leadId))?.stage).toBe('handed_off');
  });

  it('copies the note as plain text without handing off', async () => {
    const user = userEvent.setup();
    const { leadId } = await renderPriya();
    await user.click(screen.getByRole('button', { name: 'Copy handoff note' }));
    expect(await screen.findByText('Copied the handoff note.')).toBeTruthy();
    expect((await navigator.clipboard.readText()).split('\n').slice(0, 3)).toStrictEqual(['Handoff: Priya Raman — Northwind Logistics', '', 'SUMMARY']);
    expect((await db.leads.get(leadId))?.stage).toBe('new');
  });
});

describe('Lead detail fields', () => {
  it('edits a field inline through the shared lead form and shows validation messages', async () => {
    const user = userEvent.setup();
    const { leadId } = await renderPriya();
    await user.click(screen.getByText('Edit fields'));
    const title = screen.getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.type(title, 'COO');
    const emails = screen.getByRole('textbox', { name: 'Emails' });
    await user.clear(emails);
    await user.type(emails, 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Not saved: correct the fields marked below.')).toBeTruthy();
    expect((await db.leads.get(leadId))?.title).toBe('Head of Operations');

    await user.clear(screen.getByRole('textbox', { name: 'Emails' }));
    await user.type(screen.getByRole('textbox', { name: 'Emails' }), 'priya@northwind.example');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await vi.waitFor(async () => expect(await db.leads.get(leadId)).toMatchObject({ title: 'COO', emails: ['priya@northwind.example'] }), { timeout: 5_000 });
  });
});

describe('Lead detail source and consent', () => {
  it('shows where the lead came from and its lawful basis', async () => {
    await captureLead(db, gmailDraft(), Date.now());
    const lead = (await db.leads.toArray())[0]!;
    render(<LeadDetail leadId={lead.id} onBack={() => {}} />);
    const consent = await screen.findByRole('region', { name: /consent/i });
    expect(consent.textContent).toContain('Not recorded');
    expect(within(consent).getByRole('link', { name: 'Pricing for 40 trucks' }).getAttribute('href')).toContain('https://mail.google.com/');
  });
});
