// Gmail: a "Clip lead" button beside the open conversation's subject. The extractor runs here; the
// background normalizes and stores the result (content scripts never open IndexedDB: it would be Gmail's).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountClipButton, sendCapture } from '@/components/clip-button';
import { extractGmail } from '@/lib/extract/gmail';

const UNREADABLE_MESSAGE =
  'LeadClip could not read this message. Select the sender’s details and choose “Clip selection as lead” from the right-click menu.';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    mountClipButton(ctx, {
      anchor: 'h2.hP',
      clip: () => sendCapture(extractGmail(document, new URL(location.href)), UNREADABLE_MESSAGE),
    });
  },
});
