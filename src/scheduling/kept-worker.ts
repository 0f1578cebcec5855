/**
 * A worker kept for many jobs of one kind — a list's three QR codes, every query of a search — where `inWorker`
 * (src/scheduling/in-worker.ts) starts one per job: the worker's code is loaded and compiled once. Each job is
 * numbered, so answers find their asker whatever order they come in. When the worker fails, or cannot send an
 * answer, or cannot start, every job waiting and every job after runs `here`, in the order asked.
 */
export interface KeptWorker<Message, Reply> {
  ask(message: Message): Promise<Reply>;
  /** Lets the worker go; jobs asked afterwards are never answered (whoever asked has moved on). */
  stop(): void;
}

export interface Numbered<T> {
  id: number;
  body: T;
}

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

/**
 * The worker's side of `keptWorker`: answers each numbered message with `job`'s result, under the same number. A job
 * that fails is thrown again outside its promise, so that it reaches the page's `onerror`, which then runs the
 * waiting jobs on the page.
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
