/**
 * Puts a parent's children in a given order (the keyboard Tab order of the
 * markers) without moving the focused one: moving a focused element out of the
 * DOM and back makes the browser drop focus, which would throw a keyboard user
 * back to the start of the page each time the map reclusters.
 */
export function orderChildren(parent: Element, ordered: readonly Element[]): void {
  const active = parent.ownerDocument.activeElement;
  const pivot = active ? ordered.indexOf(active) : -1;
  if (pivot === -1) {
    let previous: Element | null = null;
    for (const child of ordered) {
      const expected: Element | null = previous ? previous.nextElementSibling : parent.firstElementChild;
      if (child !== expected) parent.insertBefore(child, expected);
      previous = child;
    }
    return;
  }
  const focused = ordered[pivot] as Element;
  // Before the focused element, in order…
  for (const child of ordered.slice(0, pivot)) parent.insertBefore(child, focused);
  // …then after it, in order.
  let previous = focused;
  for (const child of ordered.slice(pivot + 1)) {
    if (previous.nextElementSibling !== child) parent.insertBefore(child, previous.nextElementSibling);
    previous = child;
  }
}
