// Deterministic ~1 MB pages for the extraction figures (DESIGN.md §7): a long Gmail thread, a long
// LinkedIn profile and a long generic company page, each shaped like the real site's DOM and
// holding one lead the extractor must find. Same seed → same bytes.
import { COMPANIES, FIRST_NAMES, LAST_NAMES, type Random, seeded } from './prng';

export const ONE_MB = 1024 * 1024;

export interface BenchPage {
  name: 'gmail' | 'linkedin' | 'generic';
  url: string;
  html: string;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Repeats `block(i)` until the page reaches one megabyte. */
function fill(random: Random, head: string, tail: string, block: (random: Random, i: number) => string): string {
  const parts = [head];
  let size = head.length + tail.length;
  for (let i = 0; size < ONE_MB; i++) {
    const part = block(random, i);
    parts.push(part);
    size += part.length;
  }
  parts.push(tail);
  return parts.join('');
}

interface Person {
  name: string;
  email: string;
  company: string;
  domain: string;
}

function person(random: Random): Person {
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  const company = random.pick(COMPANIES);
  const domain = `${company.split(' ')[0]!.toLowerCase()}.example`;
  return { name: `${first} ${last}`, email: `${first}.${last}@${domain}`.toLowerCase(), company, domain };
}

function gmailMessage(random: Random, i: number, sender: Person): string {
  const paragraphs = Array.from({ length: 6 }, () => `<div>${escape(random.words(40))}</div>`).join('');
  const quoted = `<blockquote class="gmail_quote">${Array.from({ length: 4 }, () => `<p>${escape(random.words(30))}</p>`).join('')}</blockquote>`;
  return `
<div class="adn ads" data-message-id="#msg-f:18160000000${String(i).padStart(5, '0')}" data-legacy-message-id="19a0c4b7${i.toString(16)}">
  <div class="gE iv gt"><table><tbody><tr>
    <td class="gF gK"><span class="qu"><span class="gD" email="${sender.email}" name="${escape(sender.name)}">${escape(sender.name)}</span>
      <span class="go">&lt;${sender.email}&gt;</span></span></td>
    <td class="gH"><div class="gK"><span class="g3" title="Thu, Nov ${1 + (i % 28)}, 2026, 9:${String(i % 60).padStart(2, '0')} AM">Nov ${1 + (i % 28)}</span></div></td>
  </tr></tbody></table>
  <div class="hb">to <span class="g2" email="rep@leadclip.test" name="me">me</span></div></div>
  <div class="ii gt"><div class="a3s aiL"><div dir="ltr">${paragraphs}${quoted}</div></div></div>
</div>`;
}

export function gmailPage(seed = 1): BenchPage {
  const random = seeded(seed);
  const rep: Person = { name: 'Rep', email: 'rep@leadclip.test', company: 'LeadClip', domain: 'leadclip.test' };
  const lead = person(random);
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fleet pricing - rep@leadclip.test - Gmail</title></head>
<body><div role="navigation">${Array.from({ length: 40 }, (_, i) => `<a href="#label/${i}" class="J-Ke n0">Label ${i}</a>`).join('')}</div>
<div role="main"><div class="nH"><h2 class="hP" data-thread-perm-id="thread-f:1816000000000000001">Fleet pricing for Q1</h2>`;
  // Alternating inbound and outbound messages; the lead's newest message is last.
  const html = fill(random, head, `${gmailMessage(random, 9999, lead)}</div></div></body></html>`, (random, i) =>
    gmailMessage(random, i, i % 2 ? rep : lead),
  );
  return { name: 'gmail', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKpQbVbGnKwDzRlMxQtFp', html };
}

export function linkedInPage(seed = 2): BenchPage {
  const random = seeded(seed);
  const lead = person(random);
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(lead.name)} | LinkedIn</title></head>
<body><header class="global-nav"><span class="t-14">Rep Viewer</span></header>
<main class="scaffold-layout__main"><section class="artdeco-card">
<h1 class="text-heading-xlarge inline t-24 v-align-middle break-words">${escape(lead.name)}</h1>
<div class="text-body-medium break-words">Head of Operations at ${escape(lead.company)}</div>
<span class="text-body-small inline t-black--light break-words">Oakland, California, United States</span></section>
<section id="experience" class="artdeco-card"><h2>Experience</h2><ul>`;
  const html = fill(random, head, '</ul></section></main></body></html>', (random, i) => {
    const company = random.pick(COMPANIES);
    return `<li class="artdeco-list__item"><div class="display-flex"><a href="https://www.linkedin.com/company/${i}/"><span aria-hidden="true">${escape(company)}</span></a>
<div class="t-bold"><span aria-hidden="true">${escape(random.words(3))}</span></div>
<span class="t-14 t-normal t-black--light"><span aria-hidden="true">${2000 + (i % 25)} – ${2001 + (i % 25)}</span></span>
<div class="inline-show-more-text"><span aria-hidden="true">${escape(random.words(60))}</span></div></div></li>`;
  });
  return { name: 'linkedin', url: 'https://www.linkedin.com/in/bench-profile/', html };
}

export function genericPage(seed = 3): BenchPage {
  const random = seeded(seed);
  const lead = person(random);
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: lead.name,
    jobTitle: 'Head of Operations',
    email: `mailto:${lead.email}`,
    telephone: '+1 415 555 0123',
    worksFor: { '@type': 'Organization', name: lead.company, url: `https://www.${lead.domain}/` },
  });
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Contact ${escape(lead.company)}</title>
<meta property="og:site_name" content="${escape(lead.company)}"><script type="application/ld+json">${jsonLd}</script></head>
<body><nav>${Array.from({ length: 30 }, (_, i) => `<a href="/section/${i}">Section ${i}</a>`).join(' ')}</nav><main>`;
  const tail = `<footer><address class="h-card"><span class="p-name">${escape(lead.name)}</span>
<a class="u-email" href="mailto:${lead.email}">${lead.email}</a> <a href="tel:+14155550123">+1 415 555 0123</a></address></footer></main></body></html>`;
  const html = fill(random, head, tail, (random, i) =>
    `<article id="post-${i}"><h2>${escape(random.words(6))}</h2>${Array.from({ length: 5 }, () => `<p>${escape(random.words(45))}</p>`).join('')}
<ul>${Array.from({ length: 4 }, (_, j) => `<li><a href="/post/${i}/${j}">${escape(random.words(4))}</a></li>`).join('')}</ul></article>`,
  );
  return { name: 'generic', url: `https://www.${lead.domain}/contact`, html };
}
