/**
 * One job in a dedicated worker, off the main thread: on a slow phone, work
 * there (reading IndexedDB, parsing and checking a snapshot) waits behind the
 * app's own code and blocks every tap while it runs. The worker answers once
 * and is stopped. Where a worker cannot start, or fails, or cannot send its
 * answer, the same job runs `here` — the answer is the same, only slower to
 * get; the page never waits forever.
 */
export function inWorker<Reply>(startWorker: (() => Worker) | undefined, message: unknown, here: () => Promise<Reply>): Promise<Reply> {
  if (!startWorker) return here();
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = startWorker();
    } catch {
      return resolve(here());
    }
    worker.onmessage = (event: MessageEvent<Reply>) => {
      worker.terminate();
      resolve(event.data);
    };
    const failed = (event: Event) => {
      event.preventDefault();
      worker.terminate();
      resolve(here());
    };
    worker.onerror = failed;
    worker.onmessageerror = failed;
    if (message !== undefined) worker.postMessage(message);
  });
}

/** A module worker of this app, or undefined where workers do not exist (Node, old browsers). */
export const canStartWorkers = (): boolean => typeof Worker === 'function';

/**
 * The worker's side of `inWorker`: answers each message with `job`'s result. A job that fails is thrown again
 * outside its promise, so that it reaches the page's `onerror`, which then runs the same job on the page.
 */
export function answerMessages<Message, Reply>(scope: DedicatedWorkerGlobalScope, job: (message: Message) => Promise<Reply>): void {
  scope.onmessage = (event: MessageEvent<Message>) => {
    job(event.data).then(
      (reply) => scope.postMessage(reply),
      (error: unknown) =>
        setTimeout(() => {
          throw error;
        }),
    );
  };
}
