import { describe, expect, it } from 'vitest';
import { inWorker } from '../../../src/scheduling/in-worker';
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
