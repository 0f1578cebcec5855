import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerMessages, inWorker } from '../../../src/scheduling/in-worker';
import { fakeWorker } from '../fixtures/fake-worker';

const neverHere = () => Promise.reject(new Error('ran on the main thread although the worker answered'));

describe('inWorker (one job off the main thread)', () => {
  it("posts the message, hands over the worker's answer and stops the worker", async () => {
    const worker = fakeWorker((message) => `answer to ${(message as { question: string }).question}`);
    expect(await inWorker(worker.start, { question: 'q' }, neverHere)).toBe('answer to q');
    expect(worker.posted()).toEqual([{ question: 'q' }]);
    expect(worker.terminated()).toBe(true);
  });

  it('posts nothing to a worker that works on its own, and takes its answer as it is, null included', async () => {
    const worker = fakeWorker(() => null, { worksOnItsOwn: true });
    expect(await inWorker(worker.start, undefined, neverHere)).toBeNull();
    expect(worker.posted()).toEqual([]);
  });

  it('runs the job here when the worker fails, cannot send its answer, cannot start, or does not exist', async () => {
    const here = async () => 'from here';
    for (const failure of ['error', 'messageerror'] as const) {
      const worker = fakeWorker(() => failure);
      expect(await inWorker(worker.start, 'job', here), failure).toBe('from here');
      expect(worker.terminated(), failure).toBe(true);
    }
    const refused = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    expect(await inWorker(refused, 'job', here)).toBe('from here');
    expect(await inWorker(undefined, 'job', here)).toBe('from here');
  });
});

describe('answerMessages (the worker side)', () => {
  afterEach(() => vi.useRealTimers());

  /** A stand-in worker scope: what the job posts, and the handler the helper installs. */
  function scope() {
    const posted: unknown[] = [];
    const self = { onmessage: null as ((event: MessageEvent) => void) | null, postMessage: (reply: unknown) => void posted.push(reply) };
    return { self, posted, send: (data: unknown) => self.onmessage!(new MessageEvent('message', { data })) };
  }

  it("posts each job's answer", async () => {
    const { self, posted, send } = scope();
    answerMessages(self as unknown as DedicatedWorkerGlobalScope, async (n: number) => n * 2);
    send(21);
    await vi.waitFor(() => expect(posted).toEqual([42]));
  });

  it("throws a failed job's error outside its promise, where the page's onerror hears it, and posts nothing", async () => {
    vi.useFakeTimers();
    const { self, posted, send } = scope();
    answerMessages(self as unknown as DedicatedWorkerGlobalScope, () => Promise.reject(new Error('cannot draw')));
    send('x');
    await Promise.resolve();
    await Promise.resolve();
    expect(() => vi.runAllTimers()).toThrow('cannot draw');
    expect(posted).toEqual([]);
  });
});
