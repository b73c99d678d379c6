// Links from captured data may only be http(s) (DESIGN.md §6): a hostile page must not be able to
// plant a javascript:, data: or vbscript: URL that the side panel would later render as a link.
import fc from 'fast-check';
import { COMMANDS } from '@/lib/protocol';
import { LeadDraft, LeadPatch, WebUrl } from '@/lib/schema';
import { gmailDraft } from '../../helpers/fixtures';

const HOSTILE = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.domain)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'javascript://example.com/%0aalert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'chrome-extension://abcdefghijklmnopabcdefghijklmnop/options.html',
  '//evil.example/path',
];

describe('captured links', () => {
  it.each(HOSTILE)('refuses %j as a website, LinkedIn URL or source URL', (url) => {
    for (const field of ['website', 'linkedinUrl', 'sourceUrl'] as const) {
      const result = LeadDraft.safeParse(gmailDraft({ [field]: url }));
      expect(result.success).toBe(false);
    }
    expect(LeadPatch.safeParse({ linkedinUrl: url }).success).toBe(false);
    expect(LeadPatch.safeParse({ company: { website: url } }).success).toBe(false);
  });

  it('accepts only strings whose parsed scheme is http: or https:', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string(), fc.constantFrom(...HOSTILE).map((s) => s.toUpperCase())), (candidate) => {
        if (WebUrl.safeParse(candidate).success) {
          expect(['http:', 'https:']).toContain(new URL(candidate).protocol);
        }
      }),
      { numRuns: 500, seed: 7 },
    );
    // 500 jitless Zod parses take about 1 s alone, but passed 5 s when the machine was loaded.
  }, 20_000);

  it('the capture command validates the same schema the content scripts fill', () => {
    expect(COMMANDS['lead.capture'].payload).toBe(LeadDraft);
  });
});
