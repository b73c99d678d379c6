// LinkedIn profiles: a "Clip lead" button under the profile's name. Reads only what the rep sees,
// on the rep's click; nothing is fetched or crawled (DESIGN.md §3).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountClipButton, sendCapture } from '@/components/clip-button';
import { isLinkedInProfile } from '@/lib/extract/detectors';
import { extractLinkedIn } from '@/lib/extract/linkedin';

const UNREADABLE_PROFILE =
  'LeadClip could not read this profile. Select the person’s details and choose “Clip selection as lead” from the right-click menu.';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  async main(ctx) {
    await mountClipButton(ctx, {
      anchor: 'main h1, h1.top-card-layout__title',
      clip() {
        const url = new URL(location.href);
        if (!isLinkedInProfile.test(url)) {
          return Promise.resolve({ ok: false, message: 'Open a LinkedIn profile (linkedin.com/in/…) to clip it.' });
        }
        return sendCapture(extractLinkedIn(document, url), UNREADABLE_PROFILE);
      },
    });
  },
});
