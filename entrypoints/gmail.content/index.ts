// Gmail: a "Clip lead" button beside the open conversation's subject. The extractor runs here; the
// background stores the result (content scripts never open IndexedDB: it would be Gmail's).
import { mountClipButton, sendCapture } from '@/components/clip-button';
import { extractGmail } from '@/lib/extract/gmail';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  async main(ctx) {
    await mountClipButton(ctx, {
      anchor: 'h2.hP',
      clip: () => sendCapture(extractGmail(document, new URL(location.href)), 'LeadClip could not read this message.'),
    });
  },
});
