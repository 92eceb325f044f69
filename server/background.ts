import 'server-only';

const started = new Set<string>();

/**
 * Runs `task` in this worker first after `firstAfterMs`, then every `everyMs`, without keeping the
 * process alive for it; a second call with the same name does nothing. `task` handles its own errors.
 */
export function repeatInBackground(name: string, task: () => void, firstAfterMs: number, everyMs: number): void {
  if (started.has(name)) return;
  started.add(name);
  setTimeout(task, firstAfterMs).unref();
  setInterval(task, everyMs).unref();
}
