// Node has no IndexedDB: fake-indexeddb provides one for every tier of Vitest tests.
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
});
