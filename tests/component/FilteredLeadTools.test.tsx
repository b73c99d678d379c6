import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '@/components/db';
import { FilteredLeadTools } from '@/components/FilteredLeadTools';
import { DEFAULT_QUERY, NO_FILTERS } from '@/lib/queries/leads';
import { captureLead } from '@/lib/store/capture';
import { clearDatabase, connectBackground } from '../helpers/background';
import { gmailDraft } from '../helpers/fixtures';

beforeEach(async () => {
  await clearDatabase(db);
  connectBackground(db);
});

describe('FilteredLeadTools', () => {
  it('counts the leads the filter matches and erases only those', async () => {
    const user = userEvent.setup();
    await captureLead(db, gmailDraft(), 1_000);
    const { leadId: linkedInLead } = await captureLead(
      db,
      gmailDraft({ fullName: 'Tom Okafor', emails: ['tom@okafor.example'], phones: [], channel: 'linkedin', linkedinUrl: 'https://www.linkedin.com/in/tom-okafor/' }),
      2_000,
    );
    render(<FilteredLeadTools query={{ ...DEFAULT_QUERY, filters: { ...NO_FILTERS, channels: ['email'] } }} />);

    const group = await screen.findByRole('group', { name: 'Matching leads' });
    expect(await within(group).findByText('1 matching lead')).toBeTruthy();
    await user.click(within(group).getByRole('button', { name: 'Erase this lead' }));
    await user.click(within(group).getByRole('button', { name: 'Erase permanently' }));

    await vi.waitFor(async () => expect((await db.leads.toArray()).map((lead) => lead.id)).toStrictEqual([linkedInLead]), { timeout: 5_000 });
  });
});
