// Configuration fails fast: the server refuses to start with a clear line per mistake.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { parseEnv } = await import('./lib/env-schema');
    try {
      parseEnv(process.env);
    } catch (error) {
      console.error((error as Error).message);
      process.exit(1);
    }
    // During a database outage: two log lines, not one stack trace per request.
    const { silenceOutageErrors } = await import('./server/http/outage');
    silenceOutageErrors();
    // Photo uploads interrupted by a crash are finished or cleaned up in the background.
    const { scheduleUploadSweep } = await import('./server/reports/sweep');
    scheduleUploadSweep();
    // Queued mail (an alert's subscribers) left by a retry or a stopped worker is sent.
    const { scheduleMailQueue } = await import('./server/mail-queue');
    scheduleMailQueue();
  }
}
