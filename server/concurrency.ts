/**
 * At most `size` calls at a time in this process; the others wait their turn, in order. With
 * `maxWaitMs`, a call that has waited that long goes ahead anyway: a burst is spread out, but a
 * slow caller holding a turn never holds the others up for longer than that.
 */
export function limiter(size: number, maxWaitMs = Infinity): <T>(work: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting = new Set<() => void>();
  const release = () => {
    // The turn goes to the longest waiter unless calls that stopped waiting are still over the limit.
    const next = waiting.values().next();
    if (!next.done && active <= size) next.value();
    else active--;
  };
  return async (work) => {
    if (active < size) active++;
    else
      await new Promise<void>((resolve) => {
        const handOver = () => {
          clearTimeout(timer);
          waiting.delete(handOver);
          resolve();
        };
        const timer =
          maxWaitMs === Infinity
            ? undefined
            : setTimeout(() => {
                waiting.delete(handOver);
                active++;
                resolve();
              }, maxWaitMs);
        waiting.add(handOver);
      });
    try {
      return await work();
    } finally {
      release();
    }
  };
}
