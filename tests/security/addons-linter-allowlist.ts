// Warnings Mozilla's addons-linter raises on the Firefox zip that were reviewed and accepted.
// Each entry names the linter code, the built file it may appear in, a piece of the code the
// warning must point at (so a new eval or innerHTML elsewhere in the same chunk still fails), and
// why it is safe. Errors are never allowed. Review this list whenever a dependency is upgraded.
export interface AllowedWarning {
  code: string;
  file: RegExp;
  /** Text that must occur at the flagged line/column (within ±300 characters). */
  near: string | null;
  reason: string;
}

/**
 * react-dom lands in whichever shared chunk Rollup names after one of its modules (`jsx-runtime-…`,
 * `format-…`), which changes as pages import more shared code; `near` still pins each warning to
 * react-dom's own statement.
 */
const REACT_DOM_CHUNK = /^chunks\/[\w-]+\.js$/;

export const ALLOWED_WARNINGS: readonly AllowedWarning[] = [
  {
    code: 'DANGEROUS_EVAL',
    file: /^(background\.js|chunks\/[\w-]+\.js)$/,
    near: 'jitless',
    reason:
      "Zod 4's feature probe `try { Function('') }`: it runs only when `jitless` is off, and lib/schema.ts " +
      'sets `z.config({ jitless: true })`, so no string is ever compiled (the MV3 CSP would refuse it anyway).',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: REACT_DOM_CHUNK,
    near: 'innerHTML=`<script><\\/script>`',
    reason: "react-dom creating an inert <script> placeholder from a constant string; no data reaches it.",
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: REACT_DOM_CHUNK,
    near: '__html',
    reason:
      "react-dom's dangerouslySetInnerHTML branch. LeadClip never passes dangerouslySetInnerHTML (ESLint bans " +
      'innerHTML and the XSS e2e suite renders markup-laden leads as text).',
  },
  {
    code: 'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION',
    file: /^manifest\.json$/,
    near: null,
    reason:
      'data_collection_permissions is read by Firefox desktop from 140 (our strict_min_version) but by Firefox for ' +
      'Android only from 142; older Android builds ignore the key, which declares that nothing is collected.',
  },
];
