// LinkedIn profiles: a "Clip lead" button under the profile's name. Reads only what the rep sees.
import { mountClipButton, sendCapture } from '@/components/clip-button';
import { extractLinkedIn, isLinkedInProfile } from '@/lib/extract/linkedin';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  async main(ctx) {
    await mountClipButton(ctx, {
      anchor: 'main h1',
      clip() {
        const url = new URL(location.href);
        const draft = isLinkedInProfile(url) ? extractLinkedIn(document, url) : null;
        return sendCapture(draft, 'LeadClip could not read this profile.');
      },
    });
  },
});
