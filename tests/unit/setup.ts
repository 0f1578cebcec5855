// IndexedDB for Dexie in unit tests: an in-memory implementation, fresh per test file.
import 'fake-indexeddb/auto';
