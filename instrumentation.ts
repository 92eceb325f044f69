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
  }
}
