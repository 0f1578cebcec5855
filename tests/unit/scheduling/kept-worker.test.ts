import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerEachMessage, keptWorker, type Numbered } from '../../../src/scheduling/kept-worker';
import { fakeWorker } from '../fixtures/fake-worker';

const neverHere = () => Promise.reject(new Error('ran on the main thread although the worker answered'));

/** A worker that doubles numbers, answering the smaller ones later: answers come out of order. */
const doubler = () =>
  fakeWorker((message) => {
    const { id, body } = message as Numbered<number>;
    return new Promise((resolve) => setTimeout(() => resolve({ id, body: body * 2 }), 50 - body));
  });

describe('keptWorker (many jobs, one worker)', () => {
  it('starts one worker for every job and gives each asker its own answer, whatever their order', async () => {
    const start = vi.fn(doubler().start);
    const worker = keptWorker<number, number>(start, neverHere);
    expect(await Promise.all([1, 20, 3, 40].map((n) => worker.ask(n)))).toEqual([2, 40, 6, 80]);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('runs here, in the order asked, the jobs waiting when the worker fails, and every job after', async () => {
    const failing = fakeWorker(() => new Promise((resolve) => setTimeout(() => resolve('error'), 10)));
    const ranHere: string[] = [];
    const worker = keptWorker<string, string>(failing.start, async (job) => {
      ranHere.push(job);
      return `${job} here`;
    });
    expect(await Promise.all([worker.ask('a'), worker.ask('b')])).toEqual(['a here', 'b here']);
    expect(failing.terminated()).toBe(true);
    expect(await worker.ask('c')).toBe('c here');
    expect(ranHere).toEqual(['a', 'b', 'c']);
    expect(failing.posted()).toHaveLength(2);
  });

  it('runs every job here when no worker can start, or none exists', async () => {
    const here = async (n: number) => n + 1;
    const refused = keptWorker(() => {
      throw new DOMException('blocked', 'SecurityError');
    }, here);
    expect(await refused.ask(1)).toBe(2);
    expect(await keptWorker(undefined, here).ask(2)).toBe(3);
  });

  it('once let go, stops its worker and answers nothing, not even from here', async () => {
    const worker = doubler();
    const here = vi.fn(async (n: number) => n);
    const kept = keptWorker<number, number>(worker.start, here);
    kept.stop();
    expect(worker.terminated()).toBe(true);
    const late = vi.fn();
    void kept.ask(1).then(late);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(late).not.toHaveBeenCalled();
    expect(here).not.toHaveBeenCalled();
  });
});

describe('answerEachMessage (the worker side)', () => {
  afterEach(() => vi.useRealTimers());

  function scope() {
    const posted: unknown[] = [];
    const self = { onmessage: null as ((event: MessageEvent) => void) | null, postMessage: (reply: unknown) => void posted.push(reply) };
    return { self, posted, send: (data: unknown) => self.onmessage!(new MessageEvent('message', { data })) };
  }

  it('answers each job under its number, and runs each job as its message arrives', async () => {
    const { self, posted, send } = scope();
    const seen: number[] = [];
    answerEachMessage(self as unknown as DedicatedWorkerGlobalScope, (n: number) => {
      seen.push(n);
      return n * 2;
    });
    send({ id: 7, body: 21 });
    expect(seen).toEqual([21]);
    send({ id: 8, body: 1 });
    await vi.waitFor(() => expect(posted).toEqual([{ id: 7, body: 42 }, { id: 8, body: 2 }]));
  });

  it("throws a failed job's error where the page's onerror hears it, thrown or rejected, and posts nothing", async () => {
    vi.useFakeTimers();
    for (const job of [() => {
      throw new Error('cannot draw');
    }, () => Promise.reject(new Error('cannot draw'))]) {
      const { self, posted, send } = scope();
      answerEachMessage(self as unknown as DedicatedWorkerGlobalScope, job);
      send({ id: 1, body: 'x' });
      await Promise.resolve();
      await Promise.resolve();
      expect(() => vi.runAllTimers()).toThrow('cannot draw');
      expect(posted).toEqual([]);
    }
  });
});
