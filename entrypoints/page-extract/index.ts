// Injected on the rep's request only (context menu, shortcut, "Capture this tab") through
// activeTab + scripting: no host permission for arbitrary sites. It reads the page the rep sees
// and returns the draft, or null to the caller; it writes nothing and stays nowhere. A Gmail tab
// gets the Gmail reader instead (entrypoints/gmail-extract), which may also refuse a message.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractSite } from '@/lib/extract';

export default defineUnlistedScript(() => {
  try {
    return extractSite(document, new URL(location.href));
  } catch {
    return null;
  }
});
