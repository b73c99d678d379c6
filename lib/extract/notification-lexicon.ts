// What the notification reader (notification.ts) knows about the machines that write to a rep on a
// person's behalf: which field each form label names, in English, French, German and Spanish;
// (and Italian, Portuguese) which senders are platforms; which subjects announce a submission; which emails are not leads.

export type NotificationField =
  | 'name'
  | 'firstName'
  | 'lastName'
  | 'email'
  | 'phone'
  | 'company'
  | 'message'
  | 'budget'
  | 'product'
  | 'subject'
  | 'pageUrl'
  | 'title'
  | 'website'
  | 'location'
  | 'eventTime'
  | 'sender'
  | 'ignored';

// Labels after `labelKey`: lower case, accents, `your`/`votre`/`ihre`… and punctuation gone.
// Each field's labels, separated by `|`. Labels the words below already read (anything saying e-mail,
// phone, message, company, budget…) are not listed.
const LABELS: Record<Exclude<NotificationField, 'sender'>, string> = {
  name:
    'name|nom|fullname|contact name|customer name|client name|lead name|invitee|invitee name|customer|contact|sender name|' +
    'nom et prenom|prenom et nom|vollstandiger name|vor und nachname|name vorname|nom prenom|kontaktperson|nombre|' +
    'nombre y apellidos|buyer name|renter name|applicant name|homeowner|homeowner name|nome|nome e cognome|nome completo|who|' +
    'attendee|attendees|participants|invite|invitado|eingeladener|prenom nom|vorname nachname|nachname vorname|first and last name|first last name|nombre y apellido',
  firstName: 'first name|first|firstname|given name|fname|prenom|vorname|nombre de pila',
  lastName:
    'last name|last|lastname|surname|family name|lname|nom de famille|nachname|familienname|apellido|apellidos|cognome|' +
    'sobrenome',
  email: 'mail|replyto|reply to|adresse mail|mailadresse|posta elettronica',
  phone:
    'tel|contact number|whatsapp|portable|handy|mobil|mobilnummer|rufnummer|movil|celular|tel no|text message number|sms|' +
    'cellulare',
  company:
    'business|employer|organisme|raison sociale|firmenname|unternehmensname|compania|organizacion|firm|firm name|law firm|' +
    'account name|structure|nom de la structure|etablissement|betrieb|arbeitgeber|societa|ragione sociale',
  message:
    'body|questions|how can we help|how can we help you|how can i help|additional information|notes|note|' +
    'please share anything that will help prepare for our meeting|tell us about your project|what can we help you with|' +
    'commentaire|commentaires|precisions|mitteilung|kommentar|bemerkung|bemerkungen|comentarios|what are you looking for|' +
    'additional notes|messaggio|richiesta|mensagem',
  budget: 'budgetrahmen',
  product:
    'service|services|service needed|service requested|service type|type of service|product|products|product interest|project|' +
    'project type|job category|job type|category|interested in|interest|i am interested in|im interested in|event type|' +
    'property|listing|property address|task|prestation|service souhaite|produit|type de projet|dienstleistung|leistung|' +
    'produkt|interesse an|projektart|servicio|producto|tipo de proyecto|tipo de servicio|projet|what|servizio|prodotto',
  subject: 'subject|topic|sujet|objet|betreff|thema|asunto|regarding|re|oggetto|assunto',
  pageUrl:
    'page url|source url|form url|contact form url|page|referrer|referer|landing page|submitted from|submitted on page|url|' +
    'url de la page|seite|seiten url|pagina|url de la pagina|form page|sent from page',
  title: 'job title|title|position|role|poste|fonction|berufsbezeichnung|cargo|puesto',
  website: 'website|web site|company website|site web|site internet|webseite|sitio web|homepage',
  location: 'address|city|location|zip|zip code|postal code|adresse|ville|code postal|ort|stadt|plz|direccion|ciudad|indirizzo|citta',
  eventTime:
    'event date time|event date|date time|start time|meeting time|scheduled for|when|date et heure|datum und uhrzeit|' +
    'fecha y hora',
  // Dates, technical fields, the column headings of question/answer tables (Jotform, Typeform exports)
  // and section headings over the person's details (not a message).
  ignored:
    'date|time|ip|ip address|remote ip|user agent|powered by|country code|consent|gdpr|privacy|privacy policy|terms|submitted|' +
    'submission id|entry id|form|form name|form id|site|invitee time zone|time zone|location type|where|datum|uhrzeit|heure|' +
    'fecha|hora|datenschutz|acceptance|newsletter|answer|answers|value|response|field|reponse|antwort|respuesta|salutation|' +
    'anrede|civilite|contact details|personal details|contact information|coordonnees|kontaktdaten|datos de contacto',
};

export const FIELD_OF_LABEL: ReadonlyMap<string, Exclude<NotificationField, 'sender'>> = new Map(
  Object.entries(LABELS).flatMap(([field, labels]) => labels.split('|').map((label) => [label, field as Exclude<NotificationField, 'sender'>] as const)),
);

/** Labels the list above misses but whose words say the field ("Comment or Message", "Best phone to reach you"). */
const LABEL_WORDS: readonly [RegExp, Exclude<NotificationField, 'sender'>][] = [
  [/\b(?:e ?mail|courriel|correo)\b/, 'email'],
  [/\b(?:phone|telephone|mobile|cell|telefon\w*|telefono|ruckrufnummer)\b/, 'phone'],
  [/\b(?:message|comments?|nachricht\w*|mensaje|inquiry|enquiry|question|details?|request|demande|anfrage\w*|anliegen|beschreibung|descri\w*|besoin|solicitud|consulta)\b/, 'message'],
  [/\b(?:company|organi[sz]ation|firma|societe|entreprise|empresa|agency|brokerage|institution|brand|unternehmen|azienda|negocio|(?:business|practice|store|shop|school) name)\b/, 'company'],
  [/\b(?:budget|presupuesto)\b/, 'budget'],
  [/\b(?:full name|contact person|ansprechpartner\w*|nom complet|nombre completo)\b/, 'name'],
];

export function fieldOfKey(key: string): Exclude<NotificationField, 'sender'> | null {
  const exact = FIELD_OF_LABEL.get(key);
  if (exact) return exact;
  // Questions run longer than labels: "What is the name of your company?"
  if (key.split(' ').length > 8) return null;
  return LABEL_WORDS.find(([words]) => words.test(key))?.[1] ?? null;
}

/** Label words only French, German, Italian, Spanish or British forms use: the country a number without a country code is from. */
const COUNTRY_LABELS: readonly [string, string][] = [
  ['FR', 'nom|prenom|telephone|societe|entreprise|courriel|portable|numero de telephone|objet|sujet'],
  ['DE', 'vorname|nachname|telefon|firma|nachricht|handy|betreff|anfrage|telefonnummer|unternehmen'],
  ['IT', 'cognome|azienda|messaggio|cellulare|oggetto|ragione sociale'],
  ['ES', 'nombre|apellidos|apellido|telefono|empresa|mensaje|correo|correo electronico|asunto|consulta'],
  // British spellings: "020 7946 0518" on such a form is a UK number.
  ['GB', 'organisation|enquiry|postcode|surname'],
];

export function countryOfLabels(keys: readonly string[]): string | null {
  return COUNTRY_LABELS.find(([, labels]) => keys.some((key) => labels.split('|').includes(key)))?.[0] ?? null;
}

const CALLING_CODES: Record<string, string> = { FR: '33', DE: '49', ES: '34', IT: '39', GB: '44' };

/** A national number written as a French, German or Spanish form gets it ("06 12 34 56 78" → "+33 6 12 34 56 78"). */
export function withCountryCode(number: string, country: string | null): string {
  const code = country ? CALLING_CODES[country] : undefined;
  if (!code || /^\s*(?:\+|00)/.test(number)) return number;
  const digits = number.replace(/\D/g, '');
  // Italian numbers keep their leading 0 after +39; Spanish and Italian mobiles have no 0 to drop.
  if (/^0[1-9]/.test(digits)) return `+${code} ${country === 'IT' ? digits : digits.slice(1)}`;
  return /^(?:ES[6-9]\d{8}|IT3\d{8,9})$/.test(country + digits) ? `+${code} ${digits}` : number;
}

/** Words in front of a label that do not change what it asks ("Your e-mail", "Votre téléphone"). */
const LABEL_FILLER = /^(?:(?:what s|what is|whats|which|please (?:enter|give|provide)|enter|quel(?:le)? est|wie (?:ist|lautet)|cual es)\s+)?(?:your|votre|vos|ton|ta|ihre?|deine?|tu|su|sus|il tuo|la tua|il suo|la sua|seu|sua)\s+/;

/** A label as the lexicon spells it: "Your E-mail *" → "e mail", "Téléphone:" → "telephone", "phone_number" → "phone number". */
export function labelKey(label: string): string {
  // "Nice to meet you, Laura. Which company are you with?": the last sentence is the question.
  return label
    .replace(label.length > 80 ? '' : /^.*\p{L}{2}[.!]\s+(?=\S)/u, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\((?:required|optional|obligatoire|optionnel|pflichtfeld|opcional)\)|\*/g, '')
    .replace(/[_\-–./'’]+/g, ' ')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(LABEL_FILLER, '');
}

export interface Platform {
  name: string;
  /** Whether its name is the lead's source platform (a portal, booking tool or ad network), not just the form tool. */
  sourcePlatform: string | null;
  /** Sender addresses written by this platform. */
  sender: RegExp;
  /** Addresses that relay a reply to the person: kept as the reply route, never as the person's email. */
  relay?: RegExp;
  /** The sender's display name is the person who asked ("Jane Doe via Google"). */
  senderIsPerson?: boolean;
  booking?: boolean;
}

/** A platform sending from `domain` (a pattern whose dots are dots; its name's `.com` when empty) or any of its subdomains; a portal unless said otherwise. */
const platform = (name: string, domain = '', more?: Partial<Platform>): Platform => ({
  name,
  sourcePlatform: name,
  sender: new RegExp(`@(?:[\\w-]+\\.)*(?:${(domain || `${name.toLowerCase()}.com`).replace(/\./g, '\\.')})$`),
  ...more,
});
// A website's own form tool is no source platform: the lead came from the company's own site.
const FORM = { sourcePlatform: null } as const;
const BOOKING = { booking: true } as const;

/** Platforms by the address they send from (sender domains and relay domains). */
export const PLATFORMS: readonly Platform[] = [
  platform('Calendly', '', BOOKING),
  platform('Cal.com', 'cal.com', BOOKING),
  platform('Acuity Scheduling', 'acuityscheduling.com', BOOKING),
  platform('Zillow', '', { relay: /@convo\.zillow\.com$/, senderIsPerson: true }),
  platform('Realtor.com', 'realtor.com|move.com'),
  platform('Google Local Services', '', {
    sender: /@(?:lsa|localservices)\.google\.com$|^[\w.+-]*local[\w.+-]*@google\.com$/,
    relay: /@lsa\.google\.com$/,
    senderIsPerson: true,
  }),
  platform('Yelp', '', { relay: /@messages\.yelp\.com$/, senderIsPerson: true }),
  platform('Angi', '(?:angi|angieslist|homeadvisor).com'),
  platform('Thumbtack'),
  platform('Crexi'),
  platform('LoopNet'),
  platform('Houzz'),
  platform('Zapier', 'zapier(?:mail)?.com', FORM),
  platform('Make', '(?:make|integromat).com', FORM),
  platform('Jotform', '', FORM),
  platform('Typeform', '', FORM),
  platform('Formspree', 'formspree.io', FORM),
  platform('Netlify', '', FORM),
  platform('Webflow', 'webflow.(?:com|io)', FORM),
  platform('HubSpot', 'hubspot(?:email)?.(?:com|net)', FORM),
  platform('Squarespace', 'squarespace.(?:com|info)', FORM),
  platform('Shopify', '', FORM),
  platform('Wix', 'wix(?:emails)?.com', FORM),
];

/** Ad networks whose lead forms reach a rep through a relay (Zapier, Make), as the lead's source platform. */
export const AD_SOURCES: readonly [RegExp, string][] = [
  // Meta's lead ads run on Facebook and Instagram alike; a relay's `platform: ig` says so.
  [/\b(?:facebook|fb|meta|instagram|ig)\b/i, 'Facebook Lead Ads'],
  [/\blinked ?in\b/i, 'LinkedIn Lead Gen'],
];

/** Mailboxes only machines write from: `wordpress@`, `noreply@`, `mailer@`, `notifications@`, `form-submission@`… */
export const MACHINE_ONLY_SENDER =
  /^(?:wordpress|no-?reply|do-?not-?reply|donotreply|n[aã]o-?respond[ae]r?|no-?responder|ne-?pas-?repondre|keine-?antwort|non-?rispondere|mailer(?:-daemon)?|notifications?|notify|form-?submissions?|postmaster|bounces?|automated|wix-?forms)(?:[+._-][\w.-]*)?@/i;

/** Also shared mailboxes a site's forms send from (`admin@`, `website@`, `leads@`); a person may write from them too. */
export const MACHINE_SENDER = new RegExp(
  `${MACHINE_ONLY_SENDER.source}|^(?:forms?|submissions?|webmaster|website|web|site|admin|administrator|alerts?|system|leads?|enquiries|inquiries|contact-?form)(?:[+._-][\\w.-]*)?@`,
  'i',
);

/** Subjects that announce a form submission, a new lead or a booking. */
export const NOTIFICATION_SUBJECT =
  /\b(?:new (?:form )?(?:submission|entry|message|inquiry|enquiry|lead|contact|request|event|booking|customer message)|form submission|contact form|new .*(?:form|submission)|submission from|lead from|requesting information|is interested in|sent you a message|new event|invitation from|nouveau message|nouvelle (?:demande|soumission|r[ée]servation)|formulaire de contact|neue (?:anfrage|nachricht|einsendung|buchung)|kontaktformular|anfrage [üu]ber|nuevo mensaje|nueva (?:solicitud|consulta|reserva)|formulario de contacto)\b/i;

/**
 * Not a lead, with the reason the rep is told (after "Not saved:" in the extension, "not a lead:" in the
 * CLI), as a code `refusalText` (not-a-lead.ts) turns into words where they are shown: the words stay out
 * of the reader injected into Gmail (DESIGN.md §7, 30 KB). Checked on the subject and the first lines of the body: `pattern` in a notification, `any` whoever sent it.
 */
export const NOT_A_LEAD: readonly { pattern?: RegExp; any?: RegExp; reason: string }[] = [
  {
    any: /\breceipt (?:from|for|#)|\b(?:received|sent) a payment\b|\bpayment (?:received|confirm)|\bamount paid\b/i,
    reason: 'receipt',
  },
  {
    any: /\bdelivery status notification|\bundeliver(?:able|ed)\b|\bmail delivery (?:failed|subsystem)/i,
    reason: 'bounce',
  },
  {
    // A form's spam filter (Akismet, reCAPTCHA) or the mail server's (SpamAssassin's `***SPAM***`, `{Spam?}`).
    any: /[[{*]spam\b|(?:ed as|\blikely|\bpossible|\bsuspected|\bcomme|\bals|\bcomo) spam\b|\bspam (?:score|submission|folder)\b|\brecaptcha (?:\w+ )?failed/i,
    reason: 'spam',
  },
  {
    // "Canceled: …", "Appointment canceled", "Jane Doe has canceled", "Rendez-vous annulé", "a annulé son rendez-vous", "Termin abgesagt", "Evento cancelado".
    pattern: /(?:^|\b(?:been|was|has|wurde|a|ha|sido|t[ée]|event|evento|appointment|booking|meeting|vous|termin|cita) )(?:cancel+ed|cancelad|annul|storniert|abgesagt)/im,
    reason: 'cancelled',
  },
  {
    // Digests and a portal's reports: "Your weekly performance report", "3 jobs matched your preferences", "You have 3 new leads".
    pattern: /\b(?:daily|weekly|monthly)(?: \w+)? (?:summary|report|recap|update)\b|\bdigest\b|\bsubmissions? summary|\bsummary of your\b|\b\d+ (?:new (?:submissions|entries|leads|responses|[ei]nquiries|jobs|requests)|(?:jobs|leads) match)|\br[ée]sum[ée] (?:quotidien|hebdomadaire)|\b(?:t[äa]gliche|w[öo]chentliche) zusammenfassung|\bresumen (?:diario|semanal)/i,
    reason: 'digest',
  },
  {
    pattern: /\bthank(?:s| you) for (?:contacting|reaching out|your (?:submission|message|[ei]nquiry|request|interest)|getting in touch|filling out|completing|booking|scheduling|registering|submitting)\b|\bwe(?:['’]ve| have)? (?:successfully )?(?:received|got) your\b|^confirmed:(?![^]*\bnew (?:event|booking|appointment)\b)|\bcopy of (?:your (?:submission|message|responses?)|what you (?:submitted|sent))\b|\bwe(?:['’]ll| will) (?:be in touch|get back to you)\b|\byour (?:\w+ )?(?:submission|message|request|[ei]nquiry) (?:has been|was) (?:received|sent)\b|\bmerci (?:pour|de) votre (?:message|demande)|\bnous avons bien re[çc]u|\bvielen dank f[üu]r ihre|\bdass sie uns kontaktiert|\bwir haben ihre \w+ erhalten|\bgracias por (?:contactar|escribirnos|completar|tu|su)\b|\bhemos recibido|\bgrazie per (?:aver|il tuo|la tua)|\babbiamo ricevuto\b|\brecebemos/i,
    // An autoresponder answers from whatever mailbox it sits on, a person's too: "Réponse automatique", "Accusé de réception".
    any: /\bauto(?:matic)?[ -]?reply|(?:ponse|respuesta|risposta) autom|automatische antwort|\baccus(?:ons|[ée] de) |empfangsbest|conferma di ricezione/i,
    reason: 'autoreply',
  },
  {
    // Marketing mail from a portal or a form tool opens with a link to its web version; no inquiry does.
    any: /\bview (?:this e-?mail |it )?(?:in|on) (?:your |a )?(?:web )?browser|\b(?:dans votre|im) (?:navigateur|browser)/i,
    reason: 'newsletter',
  },
];

/**
 * Subjects that name the person: "New submission from Jane Doe", "Jordan Ellis is requesting
 * information about …", "Message de Camille Lefèvre", "Neue Anfrage von Jonas Albrecht".
 */
export const NAME_IN_SUBJECT: readonly RegExp[] = [
  /\b(?:from|de|von|by|par)\s+([\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){1,3})\s*$/u,
  /^(?:new (?:lead|message|inquiry|enquiry|contact)[:\s-]+)?([\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){1,3})\s+(?:is requesting|is interested|sent you|wants|has (?:submitted|sent|requested|booked)|requested|would like|a (?:envoy[ée]|demand[ée])|hat (?:eine|Ihnen))\b/u,
];

/** Lines where a notification's own text ends and the platform's footer begins. */
export const FOOTER =
  /^(?:-{2,3}\s*$|—+$|_{3,}$|this (?:e-?mail|message|notification) was sent (?:from|by|via|to)\b|sent (?:from|via)\b.{0,60}$|powered by\b|view (?:event|submission|entry|lead|in|this|all)\b|need to make a change\b|reply to (?:this|the) (?:lead|message)\b|manage (?:your )?notifications?\b|unsubscribe\b|you (?:are )?receiv\w* this (?:e-?mail|notification)\b|to stop receiving\b|cet e-?mail a [ée]t[ée] envoy[ée]|diese e-?mail wurde\b|este (?:correo|mensaje) (?:fue|se ha) enviado\b)/i;
