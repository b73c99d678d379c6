const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** The last id made in this context, to keep ids of one millisecond in the order they were made. */
let last: { time: number; bytes: Uint8Array } | null = null;

/**
 * Record ids are UUIDs version 7 (RFC 9562): 48 bits of Unix milliseconds, then 74 random bits.
 * Unique across devices, so exports and imports never collide; and ordered by creation time, so
 * IndexedDB (sorted by key) writes new records next to each other instead of all over its key
 * space: with random (version 4) ids a 100,000-row import cost Chromium's database about twice the
 * work.
 *
 * Ids made in the same millisecond in one context count up from the first one's random bits
 * (RFC 9562 §6.2, monotonic random), so they sort in the order they were made: two stage changes
 * recorded at the same moment keep their order in metrics (lib/metrics/lead-facts.ts).
 */
export function newId(now = Date.now()): string {
  const time = Math.floor(now);
  const b = last && last.time === time ? increment(last.bytes) : fresh(time);
  last = { time, bytes: b };
  const h = (i: number) => HEX[b[i]!]!;
  return `${h(0)}${h(1)}${h(2)}${h(3)}-${h(4)}${h(5)}-${h(6)}${h(7)}-${h(8)}${h(9)}-${h(10)}${h(11)}${h(12)}${h(13)}${h(14)}${h(15)}`;
}

function fresh(time: number): Uint8Array {
  const b = crypto.getRandomValues(new Uint8Array(16));
  for (let i = 5, t = time; i >= 0; i--, t = Math.floor(t / 256)) b[i] = t % 256;
  b[6] = 0x70 | (b[6]! & 0x0f); // version 7
  b[8] = 0x80 | (b[8]! & 0x3f); // variant 10
  return b;
}

/**
 * The next id of the same millisecond: the low 56 random bits plus one. Starting from random bits,
 * they would need 2^55 ids on average in one millisecond to run out; if they do, the id is fresh.
 */
function increment(previous: Uint8Array): Uint8Array {
  const b = previous.slice();
  for (let i = 15; i >= 9; i--) {
    if (b[i] !== 0xff) {
      b[i]! += 1;
      return b;
    }
    b[i] = 0;
  }
  return fresh(Number.parseInt(HEX[b[0]!]! + HEX[b[1]!]! + HEX[b[2]!]! + HEX[b[3]!]! + HEX[b[4]!]! + HEX[b[5]!]!, 16));
}
