/** What the pipeline reads besides its inputs: the standard's schema, the communes, the region's outline. */
import type { Place } from '../../../src/places/place';
import { isInside } from '../communes/geometry';
import { loadRegionOutline } from '../communes/outlines';
import type { SnapshotEnvironment } from './build-snapshot';
import { readNationalCommunes } from '../communes/communes-file';
import { nationalCommunes, regionalCommunes } from './commune-lookup';
import { itinerantStops } from './itinerant-stops';
import { loadStandardSchema } from './standard-schema';

export function defaultEnvironment(): SnapshotEnvironment {
  const region = loadRegionOutline();
  return {
    schema: loadStandardSchema(),
    regionalCommunes: regionalCommunes(),
    nationalCommunes: nationalCommunes(),
    isInRegion: (place: Place) => isInside({ lat: place.latitude, lon: place.longitude }, region),
    stopsOf: itinerantStops(readNationalCommunes()),
  };
}
