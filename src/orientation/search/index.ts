/**
 * Place search, offline and instant at national scale. (The benchmark measures
 * it from bench/measure/.)
 */
export { createPlaceIndex, type PlaceHit, type PlaceIndex } from './place-index';
export { queryWords, soundKey, typosAllowed, words, STOP_WORDS, type QueryWord } from './text';
