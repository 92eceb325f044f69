import { describe, expect, it } from 'vitest';
import { databaseOutage } from './outage';

const lost = Object.assign(new Error('Connection terminated unexpectedly'), { code: 'ECONNRESET' });

describe('the outage log', () => {
  it('a call that began before the database came back does not start a second outage; a new failure does', () => {
    const lines: string[] = [];
    databaseOutage.setLogger((line) => lines.push(line));
    const startedDuringOutage = Date.now();
    databaseOutage.failed(lost, startedDuringOutage);
    databaseOutage.failed(lost, Date.now());
    databaseOutage.succeeded();
    // Late news of a call made while the database was away, and an error Next.js prints afterwards.
    databaseOutage.failed(lost, startedDuringOutage);
    databaseOutage.failed(lost);
    expect(databaseOutage.isDown()).toBe(false);
    expect(lines.map((l) => l.split(' (')[0]!.replace(/\d.*$/, ''))).toEqual([
      'Database unreachable since ',
      'Database reachable again after ',
    ]);
    expect(lines[1]).toContain('2 failed database calls');
    // A call that begins after the recovery and fails is a new outage.
    databaseOutage.failed(lost, Date.now() + 1);
    expect(databaseOutage.isDown()).toBe(true);
    expect(lines).toHaveLength(3);
    databaseOutage.succeeded();
  });
});
