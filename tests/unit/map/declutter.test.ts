import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { declutter, type MarkerBox } from '../../../src/map/declutter';

function overlaps(a: { x: number; y: number; size: number }, b: { x: number; y: number; size: number }): boolean {
  const reach = (a.size + b.size) / 2;
  return Math.abs(a.x - b.x) < reach && Math.abs(a.y - b.y) < reach;
}

describe('declutter', () => {
  it('leaves markers that do not touch where they are', () => {
    const boxes: MarkerBox[] = [
      { x: 0, y: 0, size: 44 },
      { x: 44, y: 0, size: 44 },
      { x: 0, y: 100, size: 52 },
    ];
    expect(declutter(boxes)).toEqual(boxes.map(({ x, y }) => ({ x, y, moved: false })));
  });

  it('moves the later of two overlapping markers next to its true spot, and never the first', () => {
    const [first, second] = declutter([
      { x: 100, y: 100, size: 52 },
      { x: 110, y: 105, size: 44 },
    ]);
    expect(first).toEqual({ x: 100, y: 100, moved: false });
    expect(second!.moved).toBe(true);
    expect(overlaps({ ...first!, size: 52 }, { ...second!, size: 44 })).toBe(false);
    expect(Math.hypot(second!.x - 110, second!.y - 105)).toBeLessThanOrEqual(100);
  });

  it('spreads a crowd at one spot (a commune centre) into markers that do not overlap', () => {
    const crowd = Array.from({ length: 25 }, () => ({ x: 200, y: 200, size: 44 }));
    const placed = declutter(crowd);
    for (const [i, a] of placed.entries()) {
      for (const b of placed.slice(i + 1)) expect(overlaps({ ...a, size: 44 }, { ...b, size: 44 })).toBe(false);
    }
  });

  it('never leaves two hit areas overlapping, whatever the positions (property)', () => {
    const box = fc.record({ x: fc.integer({ min: 0, max: 400 }), y: fc.integer({ min: 0, max: 400 }), size: fc.constantFrom(44, 50, 52, 58) });
    fc.assert(
      fc.property(fc.array(box, { maxLength: 40 }), (boxes) => {
        const placed = declutter(boxes).map((spot, i) => ({ ...spot, size: boxes[i]!.size }));
        return placed.every((a, i) => placed.slice(i + 1).every((b) => !overlaps(a, b)));
      }),
    );
  });
});
