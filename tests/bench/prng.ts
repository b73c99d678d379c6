// A seeded PRNG (mulberry32) so every bench run measures the same pages and the same leads.
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  int(maxExclusive: number): number;
  pick<T>(items: readonly T[]): T;
  words(count: number): string;
}

const WORDS =
  'pricing route planning fleet trucks warehouse budget quarter rollout pilot contract renewal demo onboarding integration dispatch invoice carrier freight schedule forecast team region customer support compliance audit shipment tracking capacity depot driver yard order volume report dashboard approval procurement security review timeline'.split(
    ' ',
  );

export function seeded(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick, words: (count) => Array.from({ length: count }, () => pick(WORDS)).join(' ') };
}

export const FIRST_NAMES = ['Priya', 'Tom', 'Lena', 'Marco', 'Aiko', 'Samuel', 'Noor', 'Ingrid', 'Diego', 'Fatima', 'Owen', 'Mei'] as const;
export const LAST_NAMES = ['Raman', 'Okafor', 'Schulz', 'Bianchi', 'Tanaka', 'Mensah', 'Haddad', 'Lund', 'Morales', 'Zahra', 'Price', 'Chen'] as const;
export const COMPANIES = ['Northwind Logistics', 'Fabrikam Freight', 'Contoso Fleet', 'Tailspin Haulage', 'Adatum Cargo', 'Litware Transport'] as const;
