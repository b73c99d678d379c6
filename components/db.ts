// The database as extension pages see it: read-only by convention. Pages read with useLiveQuery
// and change data only through background commands (components/commands.ts).
import { openDatabase } from '@/lib/db';

export const db = openDatabase();
