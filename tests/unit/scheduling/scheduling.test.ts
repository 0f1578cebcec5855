import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint, whenIdle } from '../../../src/scheduling';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('afterPaint', () => {
  it('runs the work after the next frame and a task, not before, and never once cancelled', () => {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    const done: string[] = [];
    afterPaint(() => done.push('kept'));
    const cancel = afterPaint(() => done.push('cancelled'));
    cancel();
    vi.runAllTimers();
    expect(done).toEqual([]); // no frame yet
    for (const frame of frames.splice(0)) frame(0);
    expect(done).toEqual([]); // the frame, then a task
    vi.runAllTimers();
    expect(done).toEqual(['kept']);
  });
});

describe('whenIdle', () => {
  it('waits for the browser’s idle moment, with the caller’s limit', async () => {
    let idle: (() => void) | undefined;
    const asked: number[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void, options: { timeout: number }) => {
      idle = callback;
      asked.push(options.timeout);
    });
    let resolved = false;
    const waiting = whenIdle(2000).then(() => (resolved = true));
    await Promise.resolve();
    expect(resolved).toBe(false);
    expect(asked).toEqual([2000]);
    idle!();
    await waiting;
    expect(resolved).toBe(true);
  });

  it('pauses briefly where the browser cannot say when it is idle', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    let resolved = false;
    void whenIdle(3000).then(() => (resolved = true));
    await vi.advanceTimersByTimeAsync(199);
    expect(resolved).toBe(false);
    await vi.advanceTimersByTimeAsync(1); // the limit
    await vi.advanceTimersByTimeAsync(1); // then the idle moment
    expect(resolved).toBe(true);
  });
});

describe('afterAnswerShown', () => {
  /** The module afresh: the answer is shown once per page. */
  async function freshScheduling() {
    vi.resetModules();
    return import('../../../src/scheduling');
  }

  it('waits for the screen to show its answer, then for an idle moment', async () => {
    vi.useFakeTimers();
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    const { afterAnswerShown, answerShown } = await freshScheduling();
    let resolved = false;
    void afterAnswerShown(3000).then(() => (resolved = true));
    await vi.advanceTimersByTimeAsync(2000);
    expect(idle).toHaveLength(0); // the page may be idle: the answer is not on screen yet
    answerShown();
    await vi.advanceTimersByTimeAsync(0);
    expect(idle).toHaveLength(1);
    expect(resolved).toBe(false);
    idle[0]!();
    await vi.advanceTimersByTimeAsync(0);
    expect(resolved).toBe(true);
  });

  it('goes ahead after its limit when no answer is ever shown', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => setTimeout(callback, 0));
    const { afterAnswerShown } = await freshScheduling();
    let resolved = false;
    void afterAnswerShown(3000).then(() => (resolved = true));
    await vi.advanceTimersByTimeAsync(2999);
    expect(resolved).toBe(false);
    await vi.advanceTimersByTimeAsync(1); // the limit
    await vi.advanceTimersByTimeAsync(1); // then the idle moment
    expect(resolved).toBe(true);
  });
});
