// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n, startI18n } from '../../../../src/i18n';
import ResultList from '../../../../src/orientation/ResultList';
import type { RankedPlace } from '../../../../src/orientation/rank';
import { makePlace } from '../../fixtures/place';

const ranked = (count: number): RankedPlace[] =>
  Array.from({ length: count }, (_, i) => ({ place: makePlace({ id: `p${i}`, nom: `Lieu ${i}` }), score: count - i, opening: 'unknown', accompanied: false, checkable: true }));
const names = () => screen.queryAllByRole('link').map((link) => link.textContent);

beforeAll(async () => {
  await startI18n('fr');
  await i18n.loadNamespaces(['places', 'answer', 'read-aloud']);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('ResultList: the first screenful first, the rest at the next frame', () => {
  it('paints the first four results, then the first twenty in rank order, then twenty more on demand', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
    render(<ResultList ranked={ranked(45)} hours={undefined} now={new Date('2026-12-03T10:00:00+01:00')} />);
    expect(names()).toEqual(['Lieu 0', 'Lieu 1', 'Lieu 2', 'Lieu 3']);
    await act(async () => void (await vi.advanceTimersByTimeAsync(50)));
    expect(names()).toHaveLength(20);
    expect(names()[19]).toBe('Lieu 19');
    fireEvent.click(screen.getByRole('button', { name: /plus/i }));
    expect(names()).toHaveLength(40);
  });

  it('a list that starts empty (places still loading) still paints its first screenful first when they arrive', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
    const now = new Date('2026-12-03T10:00:00+01:00');
    const { rerender } = render(<ResultList ranked={[]} hours={undefined} now={now} />);
    await act(async () => void (await vi.advanceTimersByTimeAsync(50)));
    rerender(<ResultList ranked={ranked(10)} hours={undefined} now={now} />);
    expect(names()).toHaveLength(4);
    await act(async () => void (await vi.advanceTimersByTimeAsync(50)));
    expect(names()).toHaveLength(10);
  });
});
