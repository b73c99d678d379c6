import { extractGmail, readGmail } from '@/lib/extract/gmail';
import { extractNotification, notificationFromText, readBudget } from '@/lib/extract/notification';
import { meetingOf, meetingTime } from '@/lib/extract/notification-time';
import { extractSelection } from '@/lib/extract/selection';
import { normalizeDraft } from '@/lib/normalize';
import { isNotALead, refusalText, screened } from '@/lib/extract/not-a-lead';
import type { LeadDraft, NotALead } from '@/lib/schema';
import { fixturePage, fixtureText, page } from '../../helpers/dom';

const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKpQbVbGnKwDzRlMxQtFp';

function gmail(name: string): LeadDraft | NotALead | null {
  const { doc, url } = fixturePage(`notifications/${name}`, THREAD_URL);
  return extractGmail(doc, url);
}

function lead(result: LeadDraft | NotALead | null): LeadDraft {
  if (!result || isNotALead(result)) throw new Error(`expected a lead, got ${JSON.stringify(result)}`);
  return result;
}

function text(name: string): LeadDraft | NotALead | null {
  return notificationFromText(fixtureText(`notifications/text/${name}`), null);
}

describe('notifications in the Gmail message view', () => {
  it('Label: value lines (Contact Form 7): the person from the From: line, never the wordpress@ sender', () => {
    expect(gmail('cf7-plumbing-en.html')).toStrictEqual({
      fullName: 'Dana Whitfield',
      title: null,
      company: null,
      emails: ['dana.whitfield@fastmail.example'],
      phones: [{ number: '(303) 555-0148', type: 'other' }],
      website: null,
      linkedinUrl: null,
      location: null,
      channel: 'form',
      sourceUrl: THREAD_URL,
      sourceTitle: 'Cedar Ridge Plumbing "Water heater replacement"',
      inquiryAt: new Date(2026, 11, 7, 8, 41).getTime(),
      interest:
        'Hi, our 50-gallon water heater in the basement started leaking this morning. Can someone come out today or tomorrow for a replacement quote? Best number is (303) 555-0148.',
      budget: null,
      product: null,
      sourcePlatform: null,
      pageUrl: 'https://cedarridgeplumbing.com/',
      utm: null,
      replyTo: null,
      meetingText: null,
      inbound: true,
    });
  });

  it('a form the site mails from its admin address to itself, which is the rep\'s: still the person who asked', () => {
    const html = fixtureText('notifications/cf7-plumbing-en.html').replaceAll('wordpress@cedarridgeplumbing.com', 'office@cedarridgeplumbing.com').replaceAll('rep@leadclip.test', 'office@cedarridgeplumbing.com');
    const { doc, url } = page(html, THREAD_URL);
    expect(lead(extractGmail(doc, url))).toMatchObject({ fullName: 'Dana Whitfield', emails: ['dana.whitfield@fastmail.example'], channel: 'form' });
    // The rep's own plain mail in a thread with nobody else is no lead.
    const plain = page(fixtureText('gmail/message.html').replaceAll('priya.raman@northwind-logistics.example', 'rep@leadclip.test'), THREAD_URL);
    expect(extractGmail(plain.doc, plain.url, 'rep@leadclip.test')).toBeNull();
  });

  it('label row above value row (WPForms Classic table): budget, service and message', () => {
    const draft = lead(gmail('wpforms-classic-en.html'));
    expect([draft.fullName, draft.emails, draft.company, draft.product, draft.budget, draft.interest]).toStrictEqual([
      'Marisol Ortega',
      ['m.ortega@ortegadesign.example'],
      'Ortega Design Studio',
      'Invisalign consultation',
      { amount: 4500, currency: 'USD' },
      'I would like to book an Invisalign consultation for myself and ask about payment plans.',
    ]);
  });

  it('side-by-side table in German (Vorname + Nachname, Firma, Ihre Nachricht); the national number gets +49', () => {
    const draft = lead(gmail('contactform-de.html'));
    expect([draft.fullName, draft.emails, draft.phones, draft.company, draft.channel]).toStrictEqual([
      'Jonas Albrecht',
      ['j.albrecht@albrecht-bau.example'],
      [{ number: '+49 30 12345678', type: 'other' }],
      'Albrecht Bau GmbH',
      'form',
    ]);
  });

  it('French labels, Nom beside Prénom; the page URL and its UTM parameters after Elementor’s footer', () => {
    const draft = lead(gmail('elementor-fr.html'));
    expect([draft.fullName, draft.phones, draft.company, draft.utm]).toStrictEqual([
      'Camille Lefèvre',
      [{ number: '+33 612345678', type: 'other' }],
      'Boulangerie Lefèvre',
      { utm_source: 'google', utm_medium: 'cpc', utm_campaign: 'eclairage' },
    ]);
  });

  it('label line then value lines (Shopify) and snake_case relay keys (Zapier) keep the platform out', () => {
    const shopify = lead(gmail('shopify-contact-en.html'));
    // A shop's own contact form: channel `form`, and the form tool is no source platform.
    expect([shopify.fullName, shopify.emails, shopify.channel, shopify.sourcePlatform, shopify.interest]).toStrictEqual([
      'Kelsey Tran',
      ['kelsey.tran@brightnook.example'],
      'form',
      null,
      'Do you offer wholesale pricing for 200 ceramic mugs with our logo? We need them by February.',
    ]);
    const zapier = lead(gmail('zapier-meta-lead.html'));
    expect([zapier.fullName, zapier.company, zapier.title, zapier.interest]).toStrictEqual(['Aaron Pike', 'Pike Fitness', 'Owner', 'Membership software for 3 gyms']);
  });

  it('a portal’s relay address is the reply route, not the person’s email; the sender’s display name is the person', () => {
    const draft = lead(gmail('zillow-rental.html'));
    expect([draft.fullName, draft.emails, draft.replyTo, draft.channel, draft.sourcePlatform]).toStrictEqual([
      'Jordan Ellis',
      [],
      '3f9k2m7q1x@convo.zillow.com',
      'other',
      'Zillow',
    ]);
    // A portal's lead asked all the same: the first-contact timer runs.
    expect(draft.inbound).toBe(true);
    expect(draft.interest).toContain('Is it still available');
  });

  it('unlabelled lines under a sentence (Crexi)', () => {
    const draft = lead(gmail('crexi-unlabelled.html'));
    expect([draft.fullName, draft.emails, draft.phones.map((phone) => phone.number)]).toStrictEqual([
      'Alex Moreno',
      ['alex.moreno@morenocre.example'],
      ['(512) 555-0176'],
    ]);
  });

  it('a Calendly booking: the invitee, the answer to its question, and the meeting time in the zone it names', () => {
    const draft = lead(gmail('calendly-new-event.html'));
    expect([draft.channel, draft.inbound]).toStrictEqual(['event', false]);
    expect([draft.fullName, draft.emails, draft.interest, draft.product, draft.sourcePlatform]).toStrictEqual([
      'Priya Natarajan',
      ['priya@tealwave.example'],
      'We are evaluating route planning for 25 vans.',
      '30 Minute Discovery Call',
      'Calendly',
    ]);
    // The reader gives the time as written; the background reads it (the date reader stays out of the Gmail reader).
    expect(draft.meetingText).toMatch(/December 16, 2026/);
    expect(meetingOf(draft)).toBe(Date.UTC(2026, 11, 16, 15, 0));
  });

  it.each([
    ['calendly-canceled.html', /cancelled booking/],
    ['receipt-autoresponder.html', /automatic receipt/],
    ['spam-flagged.html', /flagged as spam/],
    ['jotform-digest.html', /digest/],
    ['acuity-annule-fr.html', /cancelled booking/],
    ['acuity-termin-abgesagt-de.html', /cancelled booking/],
    ['calcom-evento-cancelado-es.html', /cancelled booking/],
    ['thumbtack-jobs-matched-daily.html', /digest/],
    ['angi-weekly-performance.html', /digest/],
    ['google-lsa-monthly-performance.html', /digest/],
    ['receipt-typeform-thanks-completing-en.html', /automatic receipt/],
    ['receipt-gravity-confirmation-en.html', /automatic receipt/],
    ['receipt-wpforms-danke-de.html', /automatic receipt/],
    ['receipt-jotform-gracias-es.html', /automatic receipt/],
    ['receipt-hubspot-conferma-it.html', /automatic receipt/],
    ['autoreply-reponse-automatique-fr.html', /automatic receipt/],
    ['spamassassin-report-en.html', /flagged as spam/],
    ['recaptcha-failed-may-be-spam-en.html', /flagged as spam/],
    ['houzz-pro-newsletter.html', /^This is a newsletter, not an inquiry\.$/],
    ['thumbtack-pro-tips-newsletter.html', /newsletter/],
  ])('refuses %s with the reason', (name, reason) => {
    const result = gmail(name);
    expect(isNotALead(result)).toBe(true);
    expect(refusalText(result as NotALead)).toMatch(reason);
    // The reader injected into Gmail leaves the refusal to the background: it hands over what the refusal is judged on.
    const { doc, url } = fixturePage(`notifications/${name}`, THREAD_URL);
    const reading = readGmail(doc, url);
    expect(reading?.screen).toMatchObject({ subject: expect.any(String), opening: expect.any(Array) });
    expect(refusalText(screened(reading) as NotALead)).toMatch(reason);
  });

  it.each([
    ['an autoresponder on a person\'s mailbox', 'Réponse automatique : Demande de devis', 'Nous accusons bonne réception de votre message.'],
    ['a newsletter from a marketing address', '5 ways to win more clients', 'View this email in your browser'],
    ['mail the server flagged as spam', '***SPAM*** Quick question', 'Spam detection software has identified this incoming email as possible spam.'],
  ])('refuses %s whoever sent it', (_, subject, body) => {
    const result = notificationFromText(`From: Studio Nord <hello@studio-nord.example>\nSubject: ${subject}\n\n${body}\n\nStudio Nord\n+33 1 42 55 18 90`, null);
    expect(isNotALead(result)).toBe(true);
  });

  it('leaves a person\'s "thanks for reaching out" to the signature reader: only a notification\'s receipt is refused', () => {
    const body = 'Thanks for reaching out! We would like a quote for 40 desks.\n\nJane Doe\nAcme Corp';
    expect(notificationFromText(`From: Jane Doe <jane@acme.example>\nSubject: Re: Office furniture\n\n${body}`, null)).toBeNull();
  });

  it('does not take a question about a cancellation fee in a form message for a cancelled booking', () => {
    const body = 'Name: Dana Whitfield\nEmail: dana@fastmail.example\nMessage: Do you charge a cancellation fee if we cancel a booking?';
    expect(lead(notificationFromText(`From: WordPress <wordpress@cedarridge.example>\nSubject: New Entry: Contact\n\n${body}`, null)).fullName).toBe('Dana Whitfield');
  });

  it('a person writing from a shared mailbox such as admin@ is not a notification unless the mail reads like one', () => {
    const html = fixtureText('gmail/message.html').replaceAll('priya.raman@northwind-logistics.example', 'admin@northwind-logistics.example');
    const { doc, url } = page(html, THREAD_URL);
    expect([lead(extractGmail(doc, url)).fullName, lead(extractGmail(doc, url)).channel]).toStrictEqual(['Priya Raman', 'email']);
  });

  it('leaves a personal email to the signature reader', () => {
    const { doc, url } = fixturePage('gmail/message.html', THREAD_URL);
    expect(lead(extractGmail(doc, url)).channel).toBe('email');
  });
});

describe('notifications as saved text (the CLI)', () => {
  it('WPForms plain text `--- Name ---` blocks, up to its "Sent from" footer', () => {
    const draft = lead(text('wpforms-plain.txt'));
    expect([draft.fullName, draft.company, draft.product, draft.budget, draft.interest, draft.inquiryAt]).toStrictEqual([
      'Rosa Delgado',
      'Delgado Vineyards',
      'Irrigation redesign',
      { amount: 12000, currency: 'USD' },
      'Our drip irrigation covers 6 acres and needs a redesign before spring planting.',
      Date.UTC(2026, 11, 7, 14, 20),
    ]);
  });

  it('unlabelled `-Name ( email )` lines (Ninja Forms) and question/answer pairs (Typeform)', () => {
    const ninja = lead(text('ninja-unlabelled.txt'));
    expect([ninja.fullName, ninja.emails, ninja.interest]).toStrictEqual([
      'Gary Holm',
      ['gary.holm@holmfarms.example'],
      'Hail damage on the barn roof, insurer wants an inspection report.',
    ]);
    const typeform = lead(text('typeform-qa.txt'));
    expect([typeform.fullName, typeform.emails, typeform.company, typeform.budget]).toStrictEqual([
      'Nadia Okoro',
      ['nadia@okoro-media.example'],
      'Okoro Media',
      { amount: 8000, currency: 'EUR' },
    ]);
  });

  it('is not a notification when a person wrote it, even with Phone: and Email: in the signature', () => {
    expect(text('personal.txt')).toBeNull();
  });
});

describe('general rules over the second set of dev fixtures', () => {
  const mail = (body: string, from = 'Acme Site <wordpress@acme.example>', subject = 'New submission from Contact') =>
    notificationFromText(`From: ${from}\nTo: sales@acme.example\nSubject: ${subject}\nDate: Mon, 07 Dec 2026 10:00:00 +0000\n\n${body}`, null);

  it('"Name, Company" in a name field, and answers that say nothing', () => {
    const draft = lead(mail('Name: Jack Turner, Turner & Co Builders\nEmail: jack@turner.example\nPhone: -\nMessage: Quote for a lodge'));
    expect([draft.fullName, draft.company, draft.phones]).toStrictEqual(['Jack Turner', 'Turner & Co Builders', []]);
    expect(lead(mail('Name: Corinne Vasquez\nEmail: c@v.example\nCompany: N/A\nMessage: Six chairs')).company).toBeNull();
  });

  it('Italian labels, a number kept with its 0 after +39', () => {
    const draft = lead(mail('Nome: Giulia\nCognome: Bernardi\nAzienda: Bernardi Srl\nEmail: g@b.example\nTelefono: 02 8765 4321\nMessaggio: Preventivo per 25 scrivanie'));
    expect([draft.fullName, draft.company, draft.phones[0]?.number, draft.interest]).toStrictEqual(['Giulia Bernardi', 'Bernardi Srl', '+39 0287654321', 'Preventivo per 25 scrivanie']);
  });

  it('British labels: a national number is a UK one', () => {
    const draft = lead(mail('Name: Fiona McAllister\nEmail: f@m.example\nPhone: 020 7946 0518\nOrganisation: Kelvin Housing Association\nEnquiry: First-aid training'));
    expect([draft.company, draft.phones[0]?.number]).toStrictEqual(['Kelvin Housing Association', '+44 2079460518']);
  });

  it('"Name, Vorname" written last name first; a company a French or German message names with its legal form', () => {
    const draft = lead(mail('Name, Vorname: Hartmann, Jürgen\nE-Mail: j@h.example\nNachricht: Wir arbeiten bei der Hartmann Bau GmbH und suchen 14 Türen.'));
    expect([draft.fullName, draft.company]).toStrictEqual(['Jürgen Hartmann', 'Hartmann Bau GmbH']);
    expect(lead(mail('Nom: Nathalie Besson\nE-mail: n@b.example\nMessage: Je suis acheteuse chez Besson Traiteur SARL, il nous faut 2 000 menus.')).company).toBe('Besson Traiteur SARL');
  });

  it('one label asking for first and last name together, an "Empty" answer, a company after an em dash', () => {
    for (const label of ['First and Last Name', 'First & Last Name', 'Prénom Nom', 'Vorname Nachname', 'Nachname, Vorname', 'Nombre y apellido']) {
      expect(lead(mail(`${label}: Dolores Whitaker\nEmail: d@w.example\nMessage: Hail damage`)).fullName).toBe('Dolores Whitaker');
    }
    const draft = lead(mail('Name: Petra Schulz — Schulz Gastro GmbH\nEmail: p@s.example\nPhone: (Empty)\nDescribe your project: Kitchen wiring'));
    expect([draft.fullName, draft.company, draft.phones, draft.interest]).toStrictEqual(['Petra Schulz', 'Schulz Gastro GmbH', [], 'Kitchen wiring']);
  });

  it('a signature typed on one line at the end of the message gives the company', () => {
    const draft = lead(mail('From: Jane Okoro <jane@o.example>\nMessage Body:\nPlease send pricing for 4 chairs before March.\nThanks, Jane — Ops Manager, Brightline Dental'));
    expect([draft.fullName, draft.company]).toStrictEqual(['Jane Okoro', 'Brightline Dental']);
  });

  it('refuses payment receipts and payment notices, whoever sends them', () => {
    for (const [from, subject] of [
      ['Kinsta Hosting <invoice+statements@stripe.com>', 'Your receipt from Kinsta Hosting #2391-4410'],
      ['service@paypal.example', 'You received a payment of $120.00 USD from Dana Kowalski'],
    ]) {
      const result = mail('Amount paid: $35.00\nPayment method: Visa', from, subject);
      expect(isNotALead(result) && refusalText(result)).toMatch(/payment receipt/);
    }
  });

  it('the ad network of a relayed lead, and the platform a footer names', () => {
    const relayed = lead(mail('full_name: Gloria Estrada\nemail: g@e.example\nplatform: fb', 'Zapier <no-reply@zapiermail.com>', 'New lead: Gloria Estrada'));
    expect([relayed.sourcePlatform, relayed.channel]).toStrictEqual(['Facebook Lead Ads', 'other']);
    const instagram = lead(mail('full_name: Renata Alvarez\nemail: r@a.example\nplatform: ig', 'Zapier <no-reply@zapiermail.com>', 'New lead: Kitchen Remodel'));
    expect(instagram.sourcePlatform).toBe('Facebook Lead Ads');
    const linkedin = lead(mail('First Name: Tomasz\nLast Name: Wiśniewski\nEmail Address: t@w.example', 'Make <noreply@make.com>', 'LinkedIn Lead Gen Forms: new lead'));
    expect([linkedin.sourcePlatform, linkedin.channel]).toStrictEqual(['LinkedIn Lead Gen', 'other']);
    const branded = lead(mail('Name: Ivy Chen\nEmail: ivy@b.example\nMessage: Monthly classes\n\nPowered by Squarespace', 'Harborview Yoga <hello@harborview.example>', 'Form Submission - Classes'));
    expect([branded.sourcePlatform, branded.channel]).toStrictEqual([null, 'form']);
    const portal = lead(mail('Name: Curtis Lang\nEmail: c@l.example\nMessage: Is the house on Elm St still for sale?\n\nLead sent by Realtor.com', 'Oakline Realty <leads@oakline.example>', 'New lead'));
    expect([portal.sourcePlatform, portal.channel]).toStrictEqual(['Realtor.com', 'other']);
  });

  it('a booking’s organizer line is never the lead; the host’s "Confirmed:" copy is not a receipt', () => {
    const draft = lead(mail('A new event has been scheduled.\nWho:\nLuca Ferraro - Organizer luca@host.example\nInes Kowalczyk ines@verdant.example\nAdditional notes: 14 depots', 'Cal.com <hello@cal.com>', 'Confirmed: Demo with Ines Kowalczyk'));
    expect([draft.fullName, draft.emails, draft.sourcePlatform]).toStrictEqual(['Ines Kowalczyk', ['ines@verdant.example'], 'Cal.com']);
  });

  it('refuses bounces and receipts in Spanish and Italian', () => {
    expect(isNotALead(mail('Your message was not delivered', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'Delivery Status Notification (Failure)'))).toBe(true);
    expect(isNotALead(mail('Hola Marta, hemos recibido tu mensaje.\nNombre: Marta Ibáñez\nCorreo: m@i.example', 'Taller <noreply@taller.example>', 'Hemos recibido tu mensaje'))).toBe(true);
    expect(isNotALead(mail('Grazie per averci contattato.\nNome: Paolo Conti\nEmail: p@c.example', 'Pixel Lab <noreply@pixellab.example>', 'Grazie'))).toBe(true);
  });
});

describe('values', () => {
  it('reads budgets with thousands, k and currencies', () => {
    expect(['$5,000 - $10,000', '10k €', '15.000 EUR', '£750', 'not sure'].map((value) => readBudget(value))).toStrictEqual([
      { amount: 5000, currency: 'USD' },
      { amount: 10000, currency: 'EUR' },
      { amount: 15000, currency: 'EUR' },
      { amount: 750, currency: 'GBP' },
      null,
    ]);
  });

  it('reads booking times in the zone they name, else in the given one', () => {
    expect(meetingTime('2:30pm - Friday, January 8, 2027 (Pacific Time - US & Canada)')).toBe(Date.UTC(2027, 0, 8, 22, 30));
    expect(meetingTime('14:30 - vendredi 8 janvier 2027', 'Europe/Paris')).toBe(Date.UTC(2027, 0, 8, 13, 30));
    expect(meetingTime('no date here')).toBeNull();
    // Month names by their first letters, in every language the lexicon reads.
    const months = ['enero', 'févr.', 'März', 'abril', 'mai', 'juin', 'juillet', 'agosto', 'Sept.', 'Okt.', 'noviembre', 'diciembre'];
    expect(months.map((month) => new Date(meetingTime(`10:00 - 3 ${month} 2027`, 'UTC')!).getUTCMonth())).toStrictEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });
});

describe('selected notification text', () => {
  it('reads the labelled person out of a selection of a form notification', () => {
    const selection = 'Name: Rosa Delgado\nEmail: rosa.delgado@delgado-vineyards.example\nPhone: (707) 555-0144\nMessage: Irrigation redesign for 6 acres';
    const draft = extractSelection(selection, new URL('https://crm.example/inbox/42'));
    expect([draft?.fullName, draft?.emails, draft?.channel, draft?.interest]).toStrictEqual([
      'Rosa Delgado',
      ['rosa.delgado@delgado-vineyards.example'],
      'form',
      'Irrigation redesign for 6 acres',
    ]);
  });
});

describe('every dev fixture against its labels', () => {
  const labels = JSON.parse(fixtureText('notifications/labels.json')) as Record<
    string,
    { kind: string; fullName: string | null; emails: string[]; phones: string[]; company: string | null; interestContains: string | null; channel: string | null }
  >;
  it.each(Object.entries(labels))('%s', (name, label) => {
    const result = gmail(name);
    if (label.kind === 'not_lead') {
      expect(isNotALead(result)).toBe(true);
      return;
    }
    const draft = normalizeDraft(lead(result), 'US');
    expect([draft.fullName, draft.emails, draft.phones.map((phone) => phone.number), draft.company, draft.channel]).toStrictEqual([
      label.fullName,
      label.emails,
      label.phones,
      label.company,
      label.channel,
    ]);
    if (label.interestContains) expect(draft.interest).toContain(label.interestContains);
  });
});

describe('a reply with a quoted mail header is no form', () => {
  it('does not read a signature\'s "Mobile:" and "Email Address:" and a quoted "From:" as form fields', () => {
    const lines = [
      'Scott, the revised contract is fine with us.',
      '',
      'Keith Graves',
      'Senior Counsel',
      'Telephone No.: (630) 555-0181',
      'Email Address: kgraves@waterworks.example',
      '',
      '-----Original Message-----',
      'From: Griffin, Scott [mailto:scott.griffin@northgate.example]',
      'Sent: Tuesday, October 02, 2001 2:08 PM',
      'To: kgraves@waterworks.example',
      'Subject: Revised Contract',
      '',
      'Mobile: (713) 555-0168',
    ];
    expect(extractNotification({ senderName: 'Keith Graves', senderEmail: 'kgraves@waterworks.example', subject: null, lines, sentAt: null }, null)).toBeNull();
  });

  it('does not read the labelled lines of a `>`-quoted reply (a quoted signature, an attachment\'s "Name:") as a form', () => {
    const reply = [
      'From: Ruth Adeyemi <ruth.adeyemi@harbourline.example>',
      'Subject: Re: Supply agreement',
      '',
      'Tom, the clause is fine with us. I will send the signed copy on Monday.',
      '',
      'Ruth',
      '',
      'tom.baker@kestrel.example wrote:',
      '> Ruth, please find the revised agreement attached.',
      '>',
      '> Tom',
      '> Senior Counsel',
      '> Phone:     713-555-0197',
      '> E-Mail:    tom.baker@kestrel.example',
      '>',
      '>                                  Name: SUPPLY AGREEMENT rev4.doc',
      '>    SUPPLY AGREEMENT rev4.doc    Type: Winword File (application/msword)',
      '>                              Encoding: base64',
    ].join('\n');
    expect(notificationFromText(reply, null)).toBeNull();
    // A form notification quoted in full (a paste of it) is still read.
    const quotedForm = ['> Name: Dana Whitfield', '> Email: dana@fastmail.example', '> Phone: (303) 555-0148', '> Message: Can you quote a water heater?'].join('\n');
    expect(lead(notificationFromText(`From: WordPress <wordpress@cedarridge.example>\nSubject: New Entry: Contact\n\n${quotedForm}`, null)).fullName).toBe('Dana Whitfield');
  });
});
