// The Gmail reader, injected by the background into the tab whose "Clip lead" button was clicked
// (issue 16): Gmail's page carries only the button, and the reader (signatures, forwards, form
// notifications) runs on the click. It returns the draft, the reason the message is not a lead, or
// null; it writes nothing and stays nowhere.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractGmail } from '@/lib/extract/gmail';

export default defineUnlistedScript(() => {
  try {
    return extractGmail(document, new URL(location.href));
  } catch {
    return null;
  }
});
