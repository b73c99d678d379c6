// Which extractor understands which page, decided from the URL alone. Each detector carries the
// URLs it must match; tests/unit/extract/detectors.test.ts checks it matches its own examples and
// none of the other detectors' (the github-url-detection convention).

export interface PageDetector {
  test: (url: URL) => boolean;
  examples: readonly string[];
}

const LINKEDIN_HOST = /(^|\.)linkedin\.com$/i;

/** A Gmail conversation or message view (the hash names the open thread). */
export const isGmailMessage: PageDetector = {
  test: (url) =>
    url.hostname === 'mail.google.com' &&
    /^\/mail\/(u\/\d+\/)?/.test(url.pathname) &&
    /^#[^/]+(?:\/[^/]+)*\/[A-Za-z0-9]{16,}$/.test(url.hash),
  examples: [
    'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKpQbVbGnKwDzRlMxQtFp',
    'https://mail.google.com/mail/u/1/#sent/QgrcJHrnvrHfgBvBxqDkPRhPGbvSWTmZLZv',
    'https://mail.google.com/mail/#label/Leads/FMfcgzQXJWDsKpQbVbGnKwDzRlMxQtFp',
    'https://mail.google.com/mail/u/0/#search/pricing/FMfcgzQXJWDsKpQbVbGnKwDzRlMxQtFp',
  ],
};

/** Gmail, but a list or settings view: no message is open. */
export const isGmailList: PageDetector = {
  test: (url) => url.hostname === 'mail.google.com' && /^\/mail\//.test(url.pathname) && !isGmailMessage.test(url),
  examples: [
    'https://mail.google.com/mail/u/0/#inbox',
    'https://mail.google.com/mail/u/0/#label/Leads',
    'https://mail.google.com/mail/u/0/#settings/general',
  ],
};

/** A member profile: `/in/<slug>/` on any LinkedIn host (sub-pages such as `/details/` are not the profile). */
export const isLinkedInProfile: PageDetector = {
  test: (url) => LINKEDIN_HOST.test(url.hostname) && /^\/in\/[^/]+\/?$/.test(url.pathname),
  examples: [
    'https://www.linkedin.com/in/ada-lovelace/',
    'https://www.linkedin.com/in/ada-lovelace',
    'https://se.linkedin.com/in/sri-lalitha-jeevanige-35520a61',
    'https://www.linkedin.com/in/ada-lovelace/?originalSubdomain=uk',
  ],
};

/** A company page: read by the generic extractor (JSON-LD Organization), never as a person. */
export const isLinkedInCompany: PageDetector = {
  test: (url) => LINKEDIN_HOST.test(url.hostname) && /^\/company\/[^/]+\/?/.test(url.pathname),
  examples: ['https://www.linkedin.com/company/northwind-logistics/', 'https://www.linkedin.com/company/swedbank/about/'],
};

/** The messaging page with a conversation open (issue 13); chat overlays open over any other LinkedIn page too. */
export const isLinkedInMessaging: PageDetector = {
  test: (url) => LINKEDIN_HOST.test(url.hostname) && /^\/messaging\/thread\/[^/]+\/?$/.test(url.pathname),
  examples: [
    'https://www.linkedin.com/messaging/thread/2-ZDk1NGQ2YzEtMWY0Ni00ZGE3LWJmNzQtOGU0ZTk4N2RkNGUxXzAxMA==/',
    'https://www.linkedin.com/messaging/thread/2-abc',
    'https://www.linkedin.com/messaging/thread/2-abc/?filter=unread',
  ],
};

/** LinkedIn pages that are not a profile, company or conversation: feed, search, the empty messaging list. */
export const isLinkedInOther: PageDetector = {
  test: (url) => LINKEDIN_HOST.test(url.hostname) && !isLinkedInProfile.test(url) && !isLinkedInCompany.test(url) && !isLinkedInMessaging.test(url),
  examples: [
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/search/results/people/?keywords=ada',
    'https://www.linkedin.com/messaging/',
    'https://www.linkedin.com/in/ada-lovelace/details/experience/',
  ],
};

/** Any other web page: the generic extractor reads it. */
export const isWebPage: PageDetector = {
  test: (url) =>
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    url.hostname !== 'mail.google.com' &&
    !LINKEDIN_HOST.test(url.hostname),
  examples: ['https://www.northwind-logistics.example/contact', 'http://localhost:8080/team/ada.html', 'https://acme.example/about-us?utm_source=x'],
};

export const DETECTORS = { isGmailMessage, isGmailList, isLinkedInProfile, isLinkedInCompany, isLinkedInMessaging, isLinkedInOther, isWebPage } as const;
