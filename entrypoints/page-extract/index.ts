// Injected on the rep's request only (context menu, shortcut, "Capture this tab") through
// activeTab + scripting: no host permission for arbitrary sites. It reads the page the rep sees
// and returns the draft (or null) to the caller; it writes nothing and stays nowhere.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractDocument } from '@/lib/extract';
import { isNotALead } from '@/lib/extract/not-a-lead';

export default defineUnlistedScript(() => {
  try {
    const draft = extractDocument(document, new URL(location.href));
    // The shortcut's outcome has no room for a refusal's reason: a non-lead is simply not saved.
    return isNotALead(draft) ? null : draft;
  } catch {
    return null;
  }
});
