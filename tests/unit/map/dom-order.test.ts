// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { orderChildren } from '../../../src/map/dom-order';

function parentWith(ids: string[]): { parent: HTMLElement; byId: (id: string) => HTMLElement } {
  const parent = document.createElement('div');
  for (const id of ids) {
    const child = document.createElement('div');
    child.id = id;
    child.tabIndex = 0;
    parent.append(child);
  }
  document.body.replaceChildren(parent);
  return { parent, byId: (id) => parent.querySelector(`#${id}`) as HTMLElement };
}

const order = (parent: HTMLElement) => [...parent.children].map((child) => child.id);

describe('orderChildren', () => {
  it('puts children in the given order', () => {
    const { parent, byId } = parentWith(['c', 'a', 'd', 'b']);
    orderChildren(parent, ['a', 'b', 'c', 'd'].map(byId));
    expect(order(parent)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps focus on the focused child while reordering around it', () => {
    const { parent, byId } = parentWith(['c', 'a', 'd', 'b', 'e']);
    const focused = byId('d');
    focused.focus();
    orderChildren(parent, ['e', 'a', 'b', 'd', 'c'].map(byId));
    expect(order(parent)).toEqual(['e', 'a', 'b', 'd', 'c']);
    expect(document.activeElement).toBe(focused);
  });

  it('leaves a parent already in order untouched', () => {
    const { parent, byId } = parentWith(['a', 'b', 'c']);
    const observer = new MutationObserver(() => {});
    observer.observe(parent, { childList: true });
    orderChildren(parent, ['a', 'b', 'c'].map(byId));
    expect(observer.takeRecords()).toEqual([]);
    observer.disconnect();
  });
});
