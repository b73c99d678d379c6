// Keeps each lead's `phoneDigits` (lib/normalize.ts phoneSearchKeys) in step with its phones, for
// every writer at once, so the list's search finds a number however the rep types it
// ("(415) 555-0123", "4155550123", "+1 415…") with one prefix read of the `*phoneDigits` index.
import type { DBCore, Middleware } from 'dexie';
import { phoneSearchKeys } from '../normalize';
import type { Lead } from '../schema';

export const phoneDigitsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'PhoneDigits',
  create(down) {
    // A database opened at a version before the index existed (migration tests) is left alone.
    const leads = down.schema.tables.find((table) => table.name === 'leads');
    if (!leads?.indexes.some((index) => index.name === 'phoneDigits')) return {};
    return {
      ...down,
      table(name) {
        const table = down.table(name);
        if (name !== 'leads') return table;
        return {
          ...table,
          mutate(req) {
            if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
            const values = (req.values as Lead[]).map((lead) => ({ ...lead, phoneDigits: phoneSearchKeys(lead.phones) }));
            return table.mutate({ ...req, values });
          },
        };
      },
    };
  },
};
