// The page's entry, kept tiny: it starts reading the stored places from
// IndexedDB at once, so the read overlaps the app's loading (src/main.tsx)
// instead of following it. Dexie, 31 kB gzipped, is no longer on that
// path: it loads after the first results, to import or update a snapshot.
import { beginReadingPlaces } from './places/stored-places';

beginReadingPlaces();
void import('./main');
