import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from '../../scripts/lib/project';

/**
 * Writes a benchmark's result to bench/results/<kind>-<timestamp>.json, with the machine it ran on
 * (Node version, cores, load average: absolute numbers on a shared machine mean little without
 * them). Returns the file's path relative to the project.
 */
export function writeResult(kind: string, result: Record<string, unknown>): string {
  const dir = path.join(root, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const date = new Date().toISOString();
  const file = path.join(dir, `${kind}-${date.replace(/[:.]/g, '-')}.json`);
  const machine = { date, node: process.version, cores: os.cpus().length, loadAverage: os.loadavg() };
  writeFileSync(file, `${JSON.stringify({ ...machine, ...result }, null, 2)}\n`);
  return path.relative(root, file);
}
