// The data tools against a real background router and database: import a CSV with its mapping and
// preview, see skipped rows with reasons; erase everything after typing the confirmation.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DataTools } from '@/components/DataTools';
import { db } from '@/components/db';
import { defaultSettings } from '@/lib/schema';
import { clearDatabase, connectBackground } from '../helpers/background';

beforeEach(async () => {
  await clearDatabase(db);
  connectBackground(db);
});

const HUBSPOT_CSV = [
  'Record ID,First Name,Last Name,Email,Company Name,Job Title,Lifecycle Stage',
  '101,Zoë,Ñúñez,zoe@acme.example,Acme,CFO,lead',
  '102,Bo,Kim,bo(at)acme.example,Acme,CTO,lead',
  '103,Cy,Lee,cy@globex.example,Globex,Buyer,customer',
].join('\r\n');

describe('DataTools import', () => {
  it('recognises HubSpot columns, previews rows, imports the valid ones and lists the skipped ones', async () => {
    const user = userEvent.setup();
    render(<DataTools settings={defaultSettings('UTC')} />);
    const file = new File([HUBSPOT_CSV], 'hubspot-contacts.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('CSV file or LeadClip backup (.json)'), file);

    const mapping = await screen.findByRole('table', { name: 'Columns (3 rows)' });
    expect((within(mapping).getByLabelText('Field for column Email') as HTMLSelectElement).value).toBe('emails');
    expect((within(mapping).getByLabelText('Field for column Lifecycle Stage') as HTMLSelectElement).value).toBe('');
    // Fields are offered by the names a rep knows them by, never by their keys.
    const offered = [...(within(mapping).getByLabelText('Field for column Email') as HTMLSelectElement).options].map((option) => option.text);
    expect(offered).toContain('Company');
    expect(offered).toContain('Inquiry received');
    expect(offered.filter((text) => /^[a-z]\w*[A-Z]|\w\.\w/.test(text))).toStrictEqual([]);
    const preview = screen.getByRole('list', { name: 'Preview' });
    expect(within(preview).getAllByRole('listitem').map((item) => item.textContent)).toStrictEqual([
      'Row 2: Zoë Ñúñez · zoe@acme.example · Acme',
      'Row 3: "bo(at)acme.example" is not an email address.',
      'Row 4: Cy Lee · cy@globex.example · Globex',
    ]);

    // The rep decides the company column should be ignored.
    await user.selectOptions(within(mapping).getByLabelText('Field for column Company Name'), '');
    await user.click(screen.getByRole('button', { name: 'Import 3 rows' }));

    expect(await screen.findByText('Import finished. 2 new, 0 merged into existing leads, 0 already present, 1 skipped:', {}, { timeout: 5000 })).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Skipped rows' })).getByRole('listitem').textContent).toBe(
      'Row 3: "bo(at)acme.example" is not an email address.',
    );
    const leads = (await db.leads.toArray()).map((lead) => [lead.fullName, lead.emails, lead.title, lead.company.name]);
    expect(leads.sort()).toStrictEqual([
      ['Cy Lee', ['cy@globex.example'], 'Buyer', null],
      ['Zoë Ñúñez', ['zoe@acme.example'], 'CFO', null],
    ]);
  });

  it('refuses a JSON file that is not a LeadClip backup before anything is written', async () => {
    const user = userEvent.setup();
    render(<DataTools settings={defaultSettings('UTC')} />);
    await user.upload(screen.getByLabelText('CSV file or LeadClip backup (.json)'), new File(['{"contacts": []}'], 'x.json', { type: 'application/json' }));
    expect((await screen.findByRole('alert')).textContent).toBe('This JSON file is not a LeadClip backup.');
    expect(screen.queryByRole('button', { name: 'Restore backup' })).toBeNull();
  });
});

describe('DataTools erase everything', () => {
  it('only erases after the confirmation is typed', async () => {
    const user = userEvent.setup();
    await db.leads.put({ ...(await import('../helpers/dataset')).makeLead({ id: 'lead-1' }) });
    render(<DataTools settings={defaultSettings('UTC')} />);
    const button = screen.getByRole('button', { name: 'Erase everything' });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    await user.type(screen.getByLabelText('Type “erase everything” to confirm'), 'erase everything');
    await user.click(button);
    expect((await screen.findByText('Erased 1 leads and their history.')).getAttribute('role')).toBe('status');
    expect(await db.leads.count()).toBe(0);
  });
});
