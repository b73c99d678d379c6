import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LeadFields } from '@/components/LeadFields';
import { db } from '@/components/db';
import { captureLead } from '@/lib/store/capture';
import { clearDatabase, connectBackground } from '../helpers/background';
import { gmailDraft } from '../helpers/fixtures';

beforeEach(async () => {
  await clearDatabase(db);
  connectBackground(db);
});

async function storedLead() {
  const { leadId } = await captureLead(db, gmailDraft(), 1_000);
  return (await db.leads.get(leadId))!;
}

describe('LeadFields', () => {
  it('shows every field of the lead, ready to correct', async () => {
    render(<LeadFields lead={await storedLead()} />);
    const value = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value;
    expect(value('Full name')).toBe('Priya Raman');
    expect(value('Title')).toBe('Head of Operations');
    expect(value('Company')).toBe('Northwind Logistics');
    expect(value('Website')).toBe('https://www.northwind-logistics.example');
    expect(value('Emails')).toBe('priya.raman@northwind-logistics.example');
    // Shown as a rep reads it; saving unchanged keeps the stored E.164.
    expect(value('Phones')).toBe('+1 415 555 0123');
    expect(value('LinkedIn URL')).toBe('');
    expect(value('Location')).toBe('Oakland, CA');
    expect(value('Interest')).toBe('Pricing for 40 trucks');
  });

  it('says what is wrong with each field and sends nothing until it is fixed', async () => {
    const user = userEvent.setup();
    const lead = await storedLead();
    render(<LeadFields lead={lead} />);
    await user.type(screen.getByLabelText('Emails'), '{Enter}priya(at)home');
    await user.type(screen.getByLabelText('LinkedIn URL'), 'https://example.com/priya');
    await user.clear(screen.getByLabelText('Website'));
    await user.type(screen.getByLabelText('Website'), 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('“priya(at)home” is not an email address.')).toBeTruthy();
    expect(screen.getByText('Enter a LinkedIn profile address such as https://www.linkedin.com/in/name/.')).toBeTruthy();
    expect(screen.getByText('Enter a web address such as https://acme.com.')).toBeTruthy();
    expect(screen.getByLabelText('Emails').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('Not saved: correct the fields marked below.');
    expect(await db.leads.get(lead.id)).toStrictEqual(lead);
  });

  it('saves corrections through the background, normalized', async () => {
    const user = userEvent.setup();
    const lead = await storedLead();
    const onSaved = vi.fn();
    render(<LeadFields lead={lead} region="GB" onSaved={onSaved} />);
    await user.clear(screen.getByLabelText('Title'));
    await user.type(screen.getByLabelText('Title'), 'COO');
    await user.type(screen.getByLabelText('Phones'), '{Enter}020 7946 0958');
    await user.type(screen.getByLabelText('LinkedIn URL'), 'https://uk.linkedin.com/in/Priya-Raman');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect((await screen.findByRole('status')).textContent).toBe('Saved.');
    expect(await db.leads.get(lead.id)).toMatchObject({
      title: 'COO',
      phones: ['+14155550123', '+442079460958'],
      linkedinUrl: 'https://www.linkedin.com/in/priya-raman/',
    });
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ title: 'COO' }));
  });
});
