// Node has no IndexedDB: fake-indexeddb provides one for every tier of Vitest tests.
import { configure } from '@testing-library/dom';
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { expectLeadFactsInStep } from './helpers/db';

// A write goes through the background router, IndexedDB and a live query before the UI shows it;
// on a loaded 2-core CI machine that can take longer than Testing Library's 1 s default.
configure({ asyncUtilTimeout: 5_000 });

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(expectLeadFactsInStep);
