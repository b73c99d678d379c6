import { extractGmail, ownAddress, repReplyAt } from '@/lib/extract/gmail';
import { fixturePage, fixtureText, page } from '../../helpers/dom';

const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKpQbVbGnKwDzRlMxQtFp';

describe('extractGmail', () => {
  it('reads the sender, the subject, the date and the signature of an inbound message', () => {
    const { doc, url } = fixturePage('gmail/message.html', THREAD_URL);
    expect(extractGmail(doc, url)).toStrictEqual({
      fullName: 'Priya Raman',
      title: 'Head of Operations',
      company: 'Northwind Logistics',
      emails: ['priya.raman@northwind-logistics.example'],
      phones: [
        { number: '+1 415 555-0123', type: 'mobile' },
        { number: '+1 415 555-0199', type: 'fax' },
      ],
      website: 'https://www.northwind-logistics.example/',
      linkedinUrl: null,
      location: null,
      channel: 'email',
      sourceUrl: THREAD_URL,
      sourceTitle: 'Pricing for 40 trucks',
      inquiryAt: new Date(2026, 10, 20, 14, 2).getTime(),
      interest: 'Pricing for 40 trucks',
    });
  });

  it('takes the other party when the rep replied last, and never the rep’s own signature', () => {
    const { doc, url } = fixturePage('gmail/thread-rep-replied.html', THREAD_URL);
    expect(extractGmail(doc, url)).toStrictEqual({
      fullName: 'Marta Kowalska',
      title: 'Head of Logistics',
      company: 'Vistula Freight Sp. z o.o.',
      emails: ['marta.kowalska@vistula-freight.example'],
      phones: [
        { number: '+48 12 345 67 89', type: 'office' },
        { number: '+48 601 234 567', type: 'mobile' },
        { number: '+48 12 345 67 00', type: 'fax' },
      ],
      website: 'https://www.vistula-freight.example/',
      linkedinUrl: null,
      location: 'ul. Portowa 12, 30-001 Kraków',
      channel: 'email',
      sourceUrl: THREAD_URL,
      sourceTitle: 'Demo for the Kraków warehouse team',
      inquiryAt: new Date(2026, 10, 19, 9, 15).getTime(),
      interest: 'Demo for the Kraków warehouse team',
      // Issue 17: the rep's reply 25 minutes later is the first contact.
      repliedAt: new Date(2026, 10, 19, 9, 40).getTime(),
    });
  });

  it('completes a reply signed "Sent from my iPhone" from the sender\'s earlier message in the thread', () => {
    const thread = fixtureText('gmail/thread-rep-replied.html');
    const reply = `<div class="adn ads" data-message-id="#msg-f:1816000000000000703">
      <div class="gE iv gt"><table><tbody><tr>
        <td class="gF gK"><span class="gD" email="marta.kowalska@vistula-freight.example" name="Marta Kowalska">Marta Kowalska</span></td>
        <td class="gH"><div class="gK"><span class="g3" title="Thu, Nov 19, 2026, 10:02 AM">10:02 AM</span></div></td>
      </tr></tbody></table></div>
      <div class="ii gt"><div class="a3s aiL"><div dir="ltr">Great, see you Tuesday!<br><br>Sent from my iPhone</div></div></div>
    </div>`;
    const { doc, url } = page(thread.replace(/(\s*<\/div>\s*<\/div>\s*<\/body>)/, `${reply}$1`), THREAD_URL);
    expect(extractGmail(doc, url)).toMatchObject({
      fullName: 'Marta Kowalska',
      title: 'Head of Logistics',
      company: 'Vistula Freight Sp. z o.o.',
      phones: [{ number: '+48 12 345 67 89', type: 'office' }, { number: '+48 601 234 567', type: 'mobile' }, { number: '+48 12 345 67 00', type: 'fax' }],
      inquiryAt: new Date(2026, 10, 19, 10, 2).getTime(),
    });
  });

  it('finds the rep’s first reply after the inquiry, and none when the rep has not answered or wrote first', () => {
    const thread = fixturePage('gmail/thread-rep-replied.html', THREAD_URL);
    expect(repReplyAt(thread.doc, 'REP@leadclip.test')).toBe(new Date(2026, 10, 19, 9, 40).getTime());
    expect(repReplyAt(thread.doc, null)).toBeNull();
    const single = fixturePage('gmail/message.html', THREAD_URL);
    expect(repReplyAt(single.doc, ownAddress(single.doc))).toBeNull();
    // The rep's outreach came first and the person answered: no reply of the rep's follows an inquiry.
    const messages = thread.doc.querySelectorAll('[data-message-id]');
    messages[0]!.before(messages[1]!);
    expect(repReplyAt(thread.doc, 'rep@leadclip.test')).toBeNull();
  });

  it('knows the rep as the recipient Gmail calls "me", else from the account label', () => {
    expect(ownAddress(fixturePage('gmail/thread-rep-replied.html', THREAD_URL).doc)).toBe('rep@leadclip.test');
    const { doc } = page('<a aria-label="Google Account: Sam Rep (sam@leadclip.test)"></a>', THREAD_URL);
    expect(ownAddress(doc)).toBe('sam@leadclip.test');
  });

  it('returns null on an inbox list, and when every message is the rep’s own', () => {
    const list = page('<div role="main"><table><tr><td>Inbox</td></tr></table></div>', 'https://mail.google.com/mail/u/0/#inbox');
    expect(extractGmail(list.doc, list.url)).toBeNull();
    const { doc, url } = fixturePage('gmail/thread-rep-replied.html', THREAD_URL);
    doc.querySelectorAll('[data-message-id]')[0]!.remove();
    expect(extractGmail(doc, url)).toBeNull();
  });

  it('reads the LinkedIn profile behind a signature icon, but not one in the quoted history or one of two', () => {
    const icon = (slug: string) => `<a href="https://www.linkedin.com/in/${slug}?utm_source=signature"><img alt="LinkedIn" src="https://cdn.example/li.png"></a>`;
    const message = (own: string, quoted = '') => `<!doctype html><html><head><title>Seats - rep@leadclip.test - Gmail</title></head><body><div role="main">
      <h2 class="hP">Seats for the spring intake</h2>
      <div class="adn ads" data-message-id="#msg-f:1816000000000000777"><div class="gE iv gt"><table><tbody><tr>
        <td class="gF gK"><span class="gD" email="r.achterberg@brightfield.example" name="Rosalind Achterberg">Rosalind Achterberg</span></td>
        <td class="gH"><div class="gK"><span class="g3" title="Tue, Nov 24, 2026, 9:30 AM">9:30 AM</span></div></td>
      </tr></tbody></table></div>
      <div class="ii gt"><div class="a3s aiL"><div dir="ltr">Hi, could you quote 25 seats? Call me this week.<br><br>Thanks,<br>
        <table><tbody><tr><td><img alt="Brightfield Analytics" src="https://cdn.example/logo.png"></td><td>
        <b>Rosalind Achterberg</b><br>VP, Customer Success&nbsp;|&nbsp;Brightfield Analytics<br>m: <a href="tel:+13125550187">+1 (312) 555-0187</a><br>${own}
        </td></tr></tbody></table>${quoted}</div></div></div>
    </div></div></body></html>`;
    const read = (html: string) => {
      const { doc, url } = page(html, THREAD_URL);
      const draft = extractGmail(doc, url);
      return draft && 'linkedinUrl' in draft ? draft.linkedinUrl : undefined;
    };
    expect(read(message(icon('rachterberg')))).toBe('https://www.linkedin.com/in/rachterberg/');
    expect(read(message('', `<div class="gmail_quote">On Mon, Sam Rep wrote:<br>${icon('samrep')}</div>`))).toBeNull();
    expect(read(message(`${icon('rachterberg')} ${icon('another-person')}`))).toBeNull();
  });
});

