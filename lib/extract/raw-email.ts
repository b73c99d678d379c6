// Email text as a file holds it: a saved message (.eml, .txt) may still be quoted-printable
// ("=20", soft line breaks "=\n"). The CLI and the benchmarks decode what they read from disk here;
// the Gmail view and selections hand the reader text the browser has already decoded, so the
// content scripts do not carry this.

/** Undoes quoted-printable in text saved without decoding; other text comes back unchanged. */
export function decodedQuotedPrintable(text: string): string {
  if ((text.match(/=\r?\n|=[0-9A-F]{2}/g) ?? []).length < 3 || !/=\r?\n/.test(text)) return text;
  return text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => {
    const code = parseInt(hex, 16);
    return code < 0x20 ? ' ' : String.fromCharCode(code);
  });
}
