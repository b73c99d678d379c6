import { senderFromHeader, type SenderHints } from './signature';

// Email text as a file holds it: a saved message (.eml, .txt) may open with its header block, may still be quoted-printable
// ("=20", soft line breaks "=\n"), and UTF-8 text read as Latin-1 or Windows-1252 along the way
// shows as "BjÃ¶rn" and "HEREÂ ". The CLI and the benchmarks decode what they read from disk here;
// the Gmail view and selections hand the reader text the browser has already decoded, so the
// content scripts do not carry this.

/** Undoes quoted-printable and UTF-8 read as single bytes; other text comes back unchanged. */
export function decodedEmailText(text: string): string {
  return withoutMojibake(decodedQuotedPrintable(text));
}

function decodedQuotedPrintable(text: string): string {
  if ((text.match(/=\r?\n|=[0-9A-F]{2}/g) ?? []).length < 3 || !/=\r?\n/.test(text)) return text;
  return text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => {
    const code = parseInt(hex, 16);
    return code < 0x20 ? ' ' : String.fromCharCode(code);
  });
}

/** The characters Windows-1252 puts at bytes 0x80–0x9F (a space where the byte is undefined). */
const CP1252 = '€ ‚ƒ„…†‡ˆ‰Š‹Œ Ž  ‘’“”•–—˜™š›œ žŸ';
/** A lead byte of a two- to four-byte UTF-8 sequence, then a continuation byte, as single-byte characters. */
const MOJIBAKE = /[\u00c2-\u00f4][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/;
// Pure: the reader the browser runs imports this module's neighbours, never its work.
const utf8 = /* @__PURE__ */ new TextDecoder('utf-8', { fatal: true });

/** "BjÃ¶rn PeemÃ¶ller" → "Björn Peemöller", line by line; a line that is not such text stays as it is. */
function withoutMojibake(text: string): string {
  if (!MOJIBAKE.test(text)) return text;
  return text
    .split('\n')
    .map((line) => {
      if (!MOJIBAKE.test(line)) return line;
      const bytes = [...line].map((char) => {
        const code = char.charCodeAt(0);
        const at = CP1252.indexOf(char);
        return code < 0x100 ? code : at >= 0 ? at + 0x80 : -1;
      });
      if (bytes.includes(-1)) return line;
      try {
        return utf8.decode(Uint8Array.from(bytes));
      } catch {
        return line;
      }
    })
    .join('\n');
}

/**
 * A saved message (.eml, or a paste that kept them) starts with "Name: value" header lines down to
 * the first blank line: its sender and subject are what Gmail's header gives in the message view,
 * and the body is the rest, with its line ends made "\n". Text without such a block is all body, with no headers.
 */
export function savedMessage(text: string): { body: string; headers: Map<string, string>; hints: SenderHints } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blank = lines.findIndex((line) => !line.trim());
  const block = blank > 0 ? lines.slice(0, blank) : [];
  const isHeader = (line: string) => /^[A-Za-z][A-Za-z-]{1,30}:\s/.test(line) || /^\s+\S/.test(line);
  const headers = new Map<string, string>();
  if (!block.length || !block.every(isHeader) || !block.some((line) => /^(?:From|Subject|Date|To):/i.test(line))) return { body: lines.join('\n'), headers, hints: {} };
  for (const line of block) {
    const match = /^([A-Za-z-]+):\s*(.*)$/.exec(line);
    if (match) headers.set(match[1]!.toLowerCase(), match[2]!.trim());
  }
  return { body: lines.slice(blank + 1).join('\n'), headers, hints: { ...senderFromHeader(headers.get('from') ?? ''), subject: headers.get('subject') ?? null } };
}
