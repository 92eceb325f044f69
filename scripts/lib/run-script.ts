/**
 * Runs a script's main() and always its cleanup: on success, on an error (printed with its stack)
 * and on Ctrl-C or SIGTERM (exit 130). The exit code is main()'s, or 1 after an error.
 */
export function runScript(main: () => Promise<number | void>, cleanup: () => Promise<void>): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => void cleanup().finally(() => process.exit(130)));
  main()
    .catch((e: unknown) => {
      console.error(e instanceof Error ? e.stack : e);
      return 1;
    })
    .then(async (code) => {
      await cleanup();
      process.exit(code ?? 0);
    });
}
