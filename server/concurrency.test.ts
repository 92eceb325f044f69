import { afterEach, describe, expect, it, vi } from 'vitest';
import { limiter } from './concurrency';

/** A call that runs until its `finish` is called, recording when it started. */
function call(log: string[], name: string) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return {
    work: async () => {
      log.push(`start ${name}`);
      await done;
      log.push(`end ${name}`);
      return name;
    },
    finish: () => finish(),
  };
}
const flush = () => new Promise((r) => setImmediate(r));

describe('limiter', () => {
  afterEach(() => vi.useRealTimers());

  it('runs at most `size` calls at once and the others in the order they came', async () => {
    const run = limiter(2);
    const log: string[] = [];
    const calls = ['a', 'b', 'c', 'd'].map((n) => call(log, n));
    const results = calls.map((c) => run(c.work));
    await flush();
    expect(log).toEqual(['start a', 'start b']);
    calls[1]!.finish();
    await flush();
    expect(log).toEqual(['start a', 'start b', 'end b', 'start c']);
    // A call arriving now waits behind d, even though it came after a turn was handed on.
    const e = call(log, 'e');
    const late = run(e.work);
    calls[0]!.finish();
    await flush();
    expect(log.slice(4)).toEqual(['end a', 'start d']);
    calls[2]!.finish();
    calls[3]!.finish();
    e.finish();
    expect(await Promise.all([...results, late])).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('a failing call gives its turn on', async () => {
    const run = limiter(1);
    await expect(run(() => Promise.reject(new Error('no')))).rejects.toThrow('no');
    await expect(run(async () => 'next')).resolves.toBe('next');
  });

  it('a call that has waited maxWaitMs goes ahead, and the count settles back to the limit', async () => {
    vi.useFakeTimers();
    const run = limiter(1, 1000);
    const log: string[] = [];
    const [slow, patient, third] = ['slow', 'patient', 'third'].map((n) => call(log, n));
    void run(slow!.work);
    const p = run(patient!.work);
    await vi.advanceTimersByTimeAsync(999);
    expect(log).toEqual(['start slow']);
    await vi.advanceTimersByTimeAsync(1);
    expect(log).toEqual(['start slow', 'start patient']);
    // Two running over a limit of one: the next release frees a turn without handing it on.
    void run(third!.work);
    slow!.finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toEqual(['start slow', 'start patient', 'end slow']);
    patient!.finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toEqual(['start slow', 'start patient', 'end slow', 'end patient', 'start third']);
    third!.finish();
    await p;
  });
});
