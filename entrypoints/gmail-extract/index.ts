// The Gmail reader, injected by the background into the tab whose "Clip lead" button was clicked
// (issue 16): Gmail's page carries only the button, and the reader (signatures, forwards, form
// notifications) runs on the click. It returns the draft or the reason the message is not a lead, with
// the subject and first lines the background judges receipts and newsletters on, or null; it writes
// nothing and stays nowhere.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readGmail } from '@/lib/extract/gmail';

export default defineUnlistedScript(() => {
  try {
    return readGmail(document, new URL(location.href));
  } catch {
    return null;
  }
});
