import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerEachMessage, inWorker, keptWorker } from '../../../src/scheduling/in-worker';
import { fakeWorker } from '../fixtures/fake-worker';

const neverHere = () => Promise.reject(new Error('ran on the main thread although the worker answered'));

/** A worker that doubles numbers, answering the smaller ones later: answers come out of order. */
const doubler = () => fakeWorker((n) => new Promise((resolve) => setTimeout(() => resolve((n as number) * 2), 50 - (n as number))));

describe('keptWorker (many jobs, one worker)', () => {
  it('starts one worker for every job and gives each asker its own answer, whatever their order', async () => {
    const start = vi.fn(doubler().start);
    const worker = keptWorker<number, number>(start, neverHere);
    expect(await Promise.all([1, 20, 3, 40].map((n) => worker.ask(n)))).toEqual([2, 40, 6, 80]);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('runs here, in the order asked, the jobs waiting when the worker fails, and every job after', async () => {
    for (const failure of ['error', 'messageerror'] as const) {
      const failing = fakeWorker(() => new Promise((resolve) => setTimeout(() => resolve(failure), 10)));
      const ranHere: string[] = [];
      const worker = keptWorker<string, string>(failing.start, async (job) => {
        ranHere.push(job);
        return `${job} here`;
      });
      expect(await Promise.all([worker.ask('a'), worker.ask('b')]), failure).toEqual(['a here', 'b here']);
      expect(failing.terminated(), failure).toBe(true);
      expect(await worker.ask('c'), failure).toBe('c here');
      expect(ranHere, failure).toEqual(['a', 'b', 'c']);
      expect(failing.posted(), failure).toEqual(['a', 'b']);
    }
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

describe('inWorker (one job)', () => {
  it("posts the message, hands over the worker's answer, null included, and stops the worker", async () => {
    const worker = fakeWorker((message) => `answer to ${(message as { question: string }).question}`);
    expect(await inWorker(worker.start, { question: 'q' }, neverHere)).toBe('answer to q');
    expect(worker.posted()).toEqual([{ question: 'q' }]);
    expect(worker.terminated()).toBe(true);
    expect(await inWorker(fakeWorker(() => null).start, undefined, neverHere)).toBeNull();
  });

  it('runs the job here when the worker fails or cannot start', async () => {
    const here = async (job: string) => `${job} from here`;
    expect(await inWorker(fakeWorker(() => 'error').start, 'job', here)).toBe('job from here');
    expect(await inWorker(undefined, 'job', here)).toBe('job from here');
  });
});

describe('answerEachMessage (the worker side)', () => {
  afterEach(() => vi.useRealTimers());

  /** A stand-in worker scope: what the job posts, and the handler the helper installs. */
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
    const jobs = [
      () => {
        throw new Error('cannot draw');
      },
      () => Promise.reject(new Error('cannot draw')),
    ];
    for (const job of jobs) {
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
