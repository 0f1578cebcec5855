/**
 * Place search, offline and instant at national scale. The benchmark's entry
 * points (measureSearch, syntheticPlaces) live in ./measure and ./synthetic,
 * out of this barrel so that the app bundle never carries them.
 */
export { createPlaceIndex, type PlaceHit, type PlaceIndex } from './place-index';
export { queryWords, soundKey, typosAllowed, words, STOP_WORDS, type QueryWord } from './text';
