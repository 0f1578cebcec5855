/** Waits before each new try: a flaky network often answers the second time. */
const RETRY_DELAYS_MS = [400, 1500];

/**
 * Runs `load` again after a failure, a few times, then gives up with the last
 * error. Nothing is kept of a failure, so the next call starts afresh.
 */
export async function withRetries<T>(load: () => Promise<T>, delays: readonly number[] = RETRY_DELAYS_MS): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await load();
    } catch (error) {
      const delay = delays[attempt];
      if (delay === undefined) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
