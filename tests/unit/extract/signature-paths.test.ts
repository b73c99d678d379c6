// One signature reader for every path (issue 16): the same signature read in the Gmail message view,
// from a plain-text file by the CLI, and from a selection gives the same fields.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractFile } from '@/lib/cli/extract';
import { extractGmail } from '@/lib/extract/gmail';
import { extractSelection } from '@/lib/extract/selection';
import { page } from '../../helpers/dom';

const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKtRbLdnPqWcVsTjHmGkZxNwB';

const SIGNATURE = [
  'Élise Fournier-Baptiste',
  'Directrice adjointe des Achats',
  'Direction de la Supply Chain',
  'Coopérative Laitière des Monts du Forez',
  '12 rue des Tanneurs, 42600 Montbrison',
  'Tél. : +33 4 77 58 12 40',
  'Port. : +33 6 72 18 45 09',
  'Fax : +33 4 77 58 12 41',
  'elise.fournier-baptiste@clmf.example',
  'www.clmf.example',
];

const BODY = ['Bonjour,', '', 'Pourriez-vous nous faire une offre pour 60 licences avant la fin du mois ?', '', 'Cordialement,'];

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function gmailMessage(fromName: string, fromEmail: string, subject: string, bodyLines: readonly string[], quotedLines: readonly string[] = []): string {
  const quote = quotedLines.length ? `<div class="gmail_quote">${quotedLines.map(escape).join('<br>')}</div>` : '';
  return `<!doctype html><html><head><title>${escape(subject)} - rep@leadclip.test - Gmail</title></head><body><div role="main">
    <h2 class="hP">${escape(subject)}</h2>
    <div class="adn ads" data-message-id="#msg-f:1816000000000000901">
      <div class="gE iv gt"><table><tbody><tr>
        <td class="gF gK"><span class="gD" email="${fromEmail}" name="${escape(fromName)}">${escape(fromName)}</span></td>
        <td class="gH"><div class="gK"><span class="g3" title="Tue, Nov 24, 2026, 9:30 AM">9:30 AM</span></div></td>
      </tr></tbody></table><div class="hb">to <span class="g2" email="rep@leadclip.test" name="me">me</span></div></div>
      <div class="ii gt"><div class="a3s aiL"><div dir="ltr">${bodyLines.map(escape).join('<br>')}${quote}</div></div></div>
    </div></div></body></html>`;
}

/** The fields a signature gives, whatever the path. */
const fieldsOf = (draft: { fullName: string | null; title: string | null; company: string | null; emails: string[]; phones: unknown[]; website: string | null; linkedinUrl: string | null; location: string | null } | null) =>
  draft && { fullName: draft.fullName, title: draft.title, company: draft.company, emails: draft.emails, phones: draft.phones, website: draft.website, linkedinUrl: draft.linkedinUrl, location: draft.location };

describe('one signature, three paths', () => {
  it('gives the same fields in the Gmail view, from a text file through the CLI, and from a selection', async () => {
    const expected = {
      fullName: 'Élise Fournier-Baptiste',
      title: 'Directrice adjointe des Achats',
      company: 'Coopérative Laitière des Monts du Forez',
      emails: ['elise.fournier-baptiste@clmf.example'],
      phones: [
        { number: '+33 4 77 58 12 40', type: 'office' },
        { number: '+33 6 72 18 45 09', type: 'mobile' },
        { number: '+33 4 77 58 12 41', type: 'fax' },
      ],
      website: 'https://www.clmf.example/',
      linkedinUrl: null,
      location: '12 rue des Tanneurs, 42600 Montbrison',
    };
    const { doc, url } = page(gmailMessage('Élise Fournier-Baptiste', 'elise.fournier-baptiste@clmf.example', 'Offre 60 licences', [...BODY, ...SIGNATURE]), THREAD_URL);
    expect(fieldsOf(extractGmail(doc, url))).toStrictEqual(expected);

    const file = path.join(mkdtempSync(path.join(tmpdir(), 'leadclip-paths-')), 'email.txt');
    writeFileSync(file, [...BODY, ...SIGNATURE].join('\n'));
    const line = await extractFile({ file, url: null });
    // The CLI prints the lead as stored: phones in E.164 without the fax, the website as an origin.
    expect('lead' in line && line.lead).toMatchObject({ ...expected, phones: ['+33477581240', '+33672184509'], website: 'https://www.clmf.example' });

    expect(fieldsOf(extractSelection(SIGNATURE.join('\n'), url))).toStrictEqual(expected);
  });

  it('takes a forward’s original sender in the Gmail view, not the colleague who forwarded it', () => {
    const forwarded = ['---------- Forwarded message ---------', 'From: Élise Fournier-Baptiste <elise.fournier-baptiste@clmf.example>', 'Date: Tue, Nov 24, 2026 at 8:55 AM', 'Subject: Offre 60 licences', 'To: <info@leadclip.test>', '', ...BODY, ...SIGNATURE];
    const { doc, url } = page(gmailMessage('Ravi Menon', 'ravi.menon@leadclip.test', 'Fwd: Offre 60 licences', ['Can you take this one?'], forwarded), THREAD_URL);
    expect(extractGmail(doc, url)).toMatchObject({
      fullName: 'Élise Fournier-Baptiste',
      title: 'Directrice adjointe des Achats',
      company: 'Coopérative Laitière des Monts du Forez',
      emails: ['elise.fournier-baptiste@clmf.example'],
    });
  });
});
