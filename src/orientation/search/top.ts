/**
 * The `limit` best of many items, best first, for `compare` (negative when a
 * ranks before b), without sorting them all: a short sorted list that an item
 * enters only when it beats the last one. Stable for equal items.
 */
export function selectTop(items: Iterable<number>, limit: number, compare: (a: number, b: number) => number): number[] {
  const top: number[] = [];
  if (limit <= 0) return top;
  for (const item of items) {
    if (top.length >= limit && compare(item, top[top.length - 1]!) >= 0) continue;
    let low = 0;
    let high = top.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(top[middle]!, item) <= 0) low = middle + 1;
      else high = middle;
    }
    top.splice(low, 0, item);
    if (top.length > limit) top.pop();
  }
  return top;
}
