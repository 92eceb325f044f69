// Stands in for the "server-only" marker when server modules run under Vitest.
export {};
