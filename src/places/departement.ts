/**
 * The département of an INSEE commune code: two characters in metropolitan
 * France and Corsica (2A, 2B), three overseas (971…976, and the collectivities'
 * 975, 977, 978, 98x); undefined for anything that is not a commune code.
 * Shared by the app (a link's commune, src/orientation/where/by-code.ts) and
 * the pipeline (shards, nightly guard rails, itinerant stops).
 */
export function departementOf(codeInsee: string | undefined): string | undefined {
  if (!codeInsee || !/^(\d{5}|2[AB]\d{3})$/.test(codeInsee)) return undefined;
  return codeInsee.slice(0, /^9[78]/.test(codeInsee) ? 3 : 2);
}
