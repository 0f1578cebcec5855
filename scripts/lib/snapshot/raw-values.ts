/**
 * Reading one cell of an input row, whatever the source wrote: CSV gives
 * strings, JSON gives strings, numbers, arrays or null. Empty means absent.
 */

export type Raw = Record<string, unknown>;

export function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A trimmed string, a number written as text, or undefined when empty or of another type. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** True when a value is there but is neither text nor a number (an object, a boolean…). */
export function isWrongTextType(value: unknown): boolean {
  return value !== undefined && value !== null && textOf(value) === undefined && typeof value !== 'string';
}

/** The items of a list cell: an array, or a string split on the given separators ('|' in the standard). */
export function listOf(value: unknown, separators: RegExp = /\|/): string[] {
  const items = Array.isArray(value) ? value.flatMap((item) => (typeof item === 'string' ? item.split(separators) : [item])) : typeof value === 'string' ? value.split(separators) : [];
  const texts = items.map(textOf).filter((item): item is string => item !== undefined);
  return [...new Set(texts)];
}

/** A finite number, from a number or from text with a dot or a French decimal comma. */
export function numberOf(value: unknown): { value: number; fromText: boolean; comma: boolean } | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? { value, fromText: false, comma: false } : undefined;
  const text = textOf(value);
  if (text === undefined || !/^[+-]?\d+(?:[.,]\d+)?$/.test(text)) return undefined;
  return { value: Number(text.replace(',', '.')), fromText: true, comma: text.includes(',') };
}
