// Injected on the rep's request only (context menu, shortcut, "Capture this tab") through
// activeTab + scripting: no host permission for arbitrary sites. It reads the page the rep sees
// and returns the draft, the reason it is not a lead (an autoresponder receipt, a digest…), or null
// to the caller; it writes nothing and stays nowhere.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractDocument } from '@/lib/extract';

export default defineUnlistedScript(() => {
  try {
    return extractDocument(document, new URL(location.href));
  } catch {
    return null;
  }
});
