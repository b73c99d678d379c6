// LinkedIn profiles: a "Clip lead" button under the profile's name. Reads only what the rep sees,
// on the rep's click; nothing is fetched or crawled (DESIGN.md §3).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountClipButton, sendCapture } from '@/components/clip-button';
import { isLinkedInProfile } from '@/lib/extract/detectors';
import { extractLinkedIn } from '@/lib/extract/linkedin';
import { extractLinkedInMessaging } from '@/lib/extract/linkedin-messaging';

const UNREADABLE_CONVERSATION = 'LeadClip could not read this conversation. Open it in LinkedIn messaging and try again.';

/** The open conversation's header: the messaging page's thread, or an open (not minimised) chat overlay. */
const CONVERSATION_HEADER =
  '.msg-thread .msg-entity-lockup, .msg-overlay-conversation-bubble:not(.msg-overlay-conversation-bubble--is-minimized) .msg-overlay-bubble-header';

const CONVERSATION_BUTTON = 'leadclip-clip-conversation';

const UNREADABLE_PROFILE =
  'LeadClip could not read this profile. Select the person’s details and choose “Clip selection as lead” from the right-click menu.';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    mountClipButton(ctx, {
      anchor: 'main h1, h1.top-card-layout__title',
      clip() {
        const url = new URL(location.href);
        if (!isLinkedInProfile.test(url)) {
          return Promise.resolve({ ok: false, message: 'Open a LinkedIn profile (linkedin.com/in/…) to clip it.' });
        }
        return sendCapture(extractLinkedIn(document, url), UNREADABLE_PROFILE);
      },
    });
    // Conversations (issue 13): the other participant and their newest message.
    mountClipButton(ctx, {
      name: CONVERSATION_BUTTON,
      anchor: CONVERSATION_HEADER,
      clip() {
        // The conversation the button sits in: with several chat overlays open, not just the newest.
        const conversation = document.querySelector(CONVERSATION_BUTTON)?.closest('.msg-thread, .msg-overlay-conversation-bubble') ?? undefined;
        return sendCapture(extractLinkedInMessaging(document, new URL(location.href), Date.now(), conversation), UNREADABLE_CONVERSATION);
      },
    });
  },
});
