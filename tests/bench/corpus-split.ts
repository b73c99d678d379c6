// The one split of every labelled corpus set into a tuning part and a sealed part (issue 16).
// A case goes by its group key — the sender's address or name for emails and signatures, the page
// for contact pages, the mail client for forwarded emails — so one person's signature is never on
// both sides. The key is hashed with 32-bit FNV-1a: the same key lands in the same part on every
// machine and every run, and nothing about a case but its key decides where it goes. About 70% of
// the keys are tuning material, the rest sealed. The parser may be tuned on the tuning part only.
export type Part = 'tuning' | 'sealed';

const TUNING_SHARE = 7;

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function partOf(groupKey: string): Part {
  return fnv1a(groupKey.trim().toLowerCase()) % 10 < TUNING_SHARE ? 'tuning' : 'sealed';
}
