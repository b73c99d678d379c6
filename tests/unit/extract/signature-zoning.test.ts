// Where the signature starts, on emails written for this test: the message's own sentences stay
// out of it even when they mention a number or an address, and a disclaimer ends it.
import { extractSignature, parseEmailText } from '@/lib/extract/signature';

describe('the signature starts below the message', () => {
  it('keeps a sentence that mentions a web address out of a short reply’s signature', () => {
    const email = ['Priya,', '', 'The portal is at partners.northwind-freight.com. Tell me if the login fails again.', '', 'Thanks,', 'Owen'].join('\n');
    expect(parseEmailText(email).signature).toStrictEqual(['Thanks,', 'Owen']);
  });

  it('does not take a colleague’s number quoted in a sentence for the sender’s phone', () => {
    const email = [
      'Marcus:  I spoke with Dana Whitfield (+44 20 7946 0321) this morning and she has the draft.  Regards.  Lena',
      '',
      'Lena Okafor',
      'Contracts Manager',
      'Brightwater Utilities Ltd.',
      'Ph:  (312) 555-0148',
    ].join('\n');
    const lead = extractSignature(email, null, { name: 'Lena Okafor', email: 'lena.okafor@brightwater.example' });
    expect(lead?.phones).toStrictEqual([{ number: '(312) 555-0148', type: 'office' }]);
    expect(lead?.title).toBe('Contracts Manager');
  });
});
