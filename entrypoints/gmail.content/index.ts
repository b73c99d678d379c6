// Gmail: a "Clip lead" button beside the open conversation's subject. On the click the background
// injects the Gmail reader (entrypoints/gmail-extract) into this tab, checks what it read and stores
// it: the page carries only the button, and content scripts never open IndexedDB (it would be Gmail's).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { clipThisTab, mountClipButton } from '@/components/clip-button';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    mountClipButton(ctx, { anchor: 'h2.hP', clip: clipThisTab });
  },
});
