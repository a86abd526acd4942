/**
 * Turns a producer that reports items through a callback into an async iterable, so callback-style stream
 * assembly can feed the same `for await` loop as an SSE reader. The producer's failure is thrown after the items
 * it pushed before failing.
 */
export async function* iterateCallbacks<T>(produce: (push: (item: T) => void) => Promise<void>): AsyncGenerator<T> {
  const queue: T[] = [];
  let finished = false;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const signal = () => {
    wake?.();
    wake = undefined;
  };
  void produce((item) => {
    queue.push(item);
    signal();
  }).then(
    () => {
      finished = true;
      signal();
    },
    (err: unknown) => {
      failure = err instanceof Error ? err : new Error('the stream failed', { cause: err });
      finished = true;
      signal();
    },
  );
  for (;;) {
    while (queue.length > 0) yield queue.shift()!;
    if (finished) break;
    await new Promise<void>((resolve) => {
      wake = resolve;
      if (queue.length > 0 || finished) resolve();
    });
  }
  if (failure !== undefined) throw failure;
}
