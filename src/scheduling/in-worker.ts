/**
 * Jobs in a dedicated worker, off the main thread: on a slow phone, work there (reading IndexedDB, checking a
 * snapshot, building a search index, drawing QR codes) waits behind the app's own code and blocks every tap while it
 * runs. A worker is kept for many jobs of one kind — every query of a search, a printout's three QR codes — so its
 * code is loaded once. Jobs are numbered, so answers find their asker whatever order they come in. Where a worker
 * cannot start, or fails, or cannot send an answer, every job waiting and every job after runs `here`, in the order
 * asked — the answer is the same, only slower to get; the page never waits forever.
 */
export interface KeptWorker<Message, Reply> {
  ask(message: Message): Promise<Reply>;
  /** Lets the worker go; jobs asked afterwards are never answered (whoever asked has moved on). */
  stop(): void;
}

/** What crosses between the page and a worker: a job or its answer, under the job's number. */
export interface Numbered<T> {
  id: number;
  body: T;
}

/** A module worker of this app, or undefined where workers do not exist (Node, old browsers). */
export const canStartWorkers = (): boolean => typeof Worker === 'function';

export function keptWorker<Message, Reply>(startWorker: (() => Worker) | undefined, here: (message: Message) => Promise<Reply>): KeptWorker<Message, Reply> {
  let worker: Worker | undefined;
  try {
    worker = startWorker?.();
  } catch {
    worker = undefined;
  }
  const waiting = new Map<number, { message: Message; answer: (reply: Reply | Promise<Reply>) => void }>();
  let nextId = 0;
  let stopped = false;

  if (worker) {
    worker.onmessage = ({ data }: MessageEvent<Numbered<Reply>>) => {
      waiting.get(data.id)?.answer(data.body);
      waiting.delete(data.id);
    };
    worker.onerror = worker.onmessageerror = (event: Event) => {
      event.preventDefault();
      worker?.terminate();
      worker = undefined;
      for (const { message, answer } of waiting.values()) answer(here(message));
      waiting.clear();
    };
  }

  return {
    ask(message) {
      if (stopped) return new Promise<Reply>(() => undefined);
      const running = worker;
      if (!running) return here(message);
      return new Promise((answer) => {
        const id = nextId++;
        waiting.set(id, { message, answer });
        running.postMessage({ id, body: message } satisfies Numbered<Message>);
      });
    },
    stop() {
      stopped = true;
      worker?.terminate();
      worker = undefined;
      waiting.clear();
    },
  };
}

/** One job: the worker is let go once it has answered. */
export function inWorker<Message, Reply>(startWorker: (() => Worker) | undefined, message: Message, here: (message: Message) => Promise<Reply>): Promise<Reply> {
  const worker = keptWorker(startWorker, here);
  const answer = worker.ask(message);
  void answer.then(worker.stop, worker.stop);
  return answer;
}

/**
 * The worker's side: answers each numbered message with `job`'s result, under the same number. A job that fails is
 * thrown again outside its promise, so that it reaches the page's `onerror`, which then runs the waiting jobs there.
 */
export function answerEachMessage<Message, Reply>(scope: DedicatedWorkerGlobalScope, job: (message: Message) => Reply | Promise<Reply>): void {
  scope.onmessage = ({ data }: MessageEvent<Numbered<Message>>) => {
    // Called at once, not after a tick: a job that builds something (a search index) is done before the next message.
    let reply: Promise<Reply>;
    try {
      reply = Promise.resolve(job(data.body));
    } catch (error) {
      reply = Promise.reject(error);
    }
    reply.then(
      (body) => scope.postMessage({ id: data.id, body } satisfies Numbered<Reply>),
      (error: unknown) =>
        setTimeout(() => {
          throw error;
        }),
    );
  };
}
