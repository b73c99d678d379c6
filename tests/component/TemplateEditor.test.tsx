import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '@/components/db';
import { Options } from '@/entrypoints/options/Options';
import { ensureDefaultTemplate } from '@/lib/store/templates';
import { clearDatabase, connectBackground } from '../helpers/background';

beforeEach(async () => {
  await clearDatabase(db);
  connectBackground(db);
});

describe('Qualification template editor', () => {
  it('edits, reorders, adds and deletes questions and saves the default template', async () => {
    const user = userEvent.setup();
    render(<Options />);
    const section = await screen.findByRole('region', { name: 'Qualification' });
    const form = await within(section).findByRole('form', { name: 'Edit template BANT + fit and urgency' });

    const question = (n: number) => within(form).getByRole('textbox', { name: `Question ${n}` }) as HTMLInputElement;
    expect(question(1).value).toBe('Is there a budget for this?');
    await user.click(within(form).getByRole('button', { name: 'Move question 1 down' }));
    expect([question(1).value, question(2).value]).toStrictEqual(['Is this person the decision maker, or do we know who is?', 'Is there a budget for this?']);
    await user.click(within(form).getByRole('button', { name: 'Delete question 6' }));
    await user.click(within(form).getByRole('button', { name: 'Add question' }));
    await user.type(question(6), 'Do they use a competitor today?');
    await user.selectOptions(within(form).getAllByRole('combobox', { name: 'Dimension' })[5]!, 'fit');
    await user.click(within(form).getAllByRole('checkbox', { name: 'Required for handoff' })[5]!);
    await user.click(within(form).getByRole('button', { name: 'Save template' }));

    expect(await within(section).findByText('Template saved; leads are being rescored.')).toBeTruthy();
    const [saved] = await db.templates.toArray();
    expect(saved!.items.map((item) => [item.question, item.dimension, item.weight, item.requiredForHandoff])).toStrictEqual([
      ['Is this person the decision maker, or do we know who is?', 'authority', 20, true],
      ['Is there a budget for this?', 'budget', 20, true],
      ['Do they have a clear need we solve?', 'need', 25, true],
      ['Do they want to buy within 3 months?', 'timing', 15, true],
      ['Do they fit our ideal customer profile?', 'fit', 10, false],
      ['Do they use a competitor today?', 'fit', 10, true],
    ]);
    expect(saved!.isDefault).toBe(true);
  });

  it('creates a second template as the default, deletes it, and keeps the last one', async () => {
    const user = userEvent.setup();
    await ensureDefaultTemplate(db, Date.now());
    render(<Options />);
    const section = await screen.findByRole('region', { name: 'Qualification' });
    await user.click(await within(section).findByRole('button', { name: 'New template' }));
    const form = within(section).getByRole('form', { name: 'Edit template New template' });
    await user.clear(within(form).getByRole('textbox', { name: 'Template name' }));
    await user.type(within(form).getByRole('textbox', { name: 'Template name' }), 'Enterprise');
    await user.click(within(form).getByRole('checkbox', { name: 'Default for new checklists' }));
    await user.click(within(form).getByRole('button', { name: 'Save template' }));
    await within(section).findByRole('option', { name: 'Enterprise (default)' });
    expect((await db.templates.toArray()).map((t) => [t.name, t.isDefault]).sort()).toStrictEqual([
      ['BANT + fit and urgency', false],
      ['Enterprise', true],
    ]);

    await user.click(within(section).getByRole('button', { name: 'Delete template' }));
    expect(await within(section).findByText('Deleted "Enterprise".')).toBeTruthy();
    expect((await db.templates.toArray()).map((t) => [t.name, t.isDefault])).toStrictEqual([['BANT + fit and urgency', true]]);
    await user.click(await within(section).findByRole('button', { name: 'Delete template' }));
    expect((await within(section).findByRole('alert')).textContent).toBe('Keep at least one template: it is the checklist reps answer.');
  });

  it('shows why a template was refused and stores nothing', async () => {
    const user = userEvent.setup();
    render(<Options />);
    const section = await screen.findByRole('region', { name: 'Qualification' });
    const form = await within(section).findByRole('form', { name: 'Edit template BANT + fit and urgency' });
    for (let n = 6; n >= 1; n -= 1) await user.click(within(form).getByRole('button', { name: `Delete question ${n}` }));
    await user.click(within(form).getByRole('button', { name: 'Save template' }));
    expect((await within(section).findByRole('alert')).textContent).toBe('A template needs at least one question.');
    expect(await db.templates.count()).toBe(0);
  });
});
