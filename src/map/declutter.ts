/**
 * Moves map markers apart so that no two hit areas overlap (WCAG 2.2 SC 2.5.8:
 * a target partly hidden under another is not a target one can hit). Markers
 * are placed one by one in priority order: a marker whose spot is free stays
 * on it; one that would overlap an already placed marker takes the nearest free
 * spot on rings around its true position, so it stays next to what it marks.
 * Pure geometry in screen pixels: no DOM, no Leaflet.
 */
export interface MarkerBox {
  /** True position, in screen pixels. */
  x: number;
  y: number;
  /** Side of the square hit area, in pixels. */
  size: number;
}

export interface Placed {
  x: number;
  y: number;
  /** Whether the marker was moved off its true position. */
  moved: boolean;
}

/** Candidate spots per ring: enough that a crowd of markers spreads evenly. */
const SPOTS_PER_RING = 12;
const MAX_RINGS = 8;

/**
 * @param boxes markers in priority order (the first never moves)
 * @returns one position per box, in the same order
 */
export function declutter(boxes: readonly MarkerBox[]): Placed[] {
  const placed: { x: number; y: number; half: number }[] = [];
  return boxes.map((box) => {
    const half = box.size / 2;
    const free = (x: number, y: number) => placed.every((other) => Math.abs(other.x - x) >= other.half + half || Math.abs(other.y - y) >= other.half + half);
    let spot: Placed | undefined = free(box.x, box.y) ? { x: box.x, y: box.y, moved: false } : undefined;
    for (let ring = 1; !spot && ring <= MAX_RINGS; ring++) {
      const radius = ring * half * 1.5;
      const spots = SPOTS_PER_RING * ring;
      for (let i = 0; i < spots; i++) {
        // Start straight up and go round, so the same crowd always spreads the same way.
        const angle = (2 * Math.PI * i) / spots - Math.PI / 2;
        const x = Math.round(box.x + radius * Math.cos(angle));
        const y = Math.round(box.y + radius * Math.sin(angle));
        if (free(x, y)) {
          spot = { x, y, moved: true };
          break;
        }
      }
    }
    // A crowd larger than the rings can hold keeps its true spot rather than wander off.
    spot ??= { x: box.x, y: box.y, moved: false };
    placed.push({ x: spot.x, y: spot.y, half });
    return spot;
  });
}
