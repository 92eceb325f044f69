import { afterEach, describe, expect, it } from 'vitest';
import { findBrowser, NO_BROWSER_MESSAGE } from './browser';

const saved = process.env.CHROME_PATH;
afterEach(() => {
  if (saved === undefined) delete process.env.CHROME_PATH;
  else process.env.CHROME_PATH = saved;
});

describe('finding a browser for the end-to-end tests', () => {
  it('takes CHROME_PATH when it exists', async () => {
    process.env.CHROME_PATH = process.execPath; // any existing executable file
    expect(await findBrowser()).toBe(process.execPath);
  });

  it('reports none when CHROME_PATH names a missing file, rather than guessing another', async () => {
    process.env.CHROME_PATH = '/no/such/chrome';
    expect(await findBrowser()).toBeNull();
  });

  it('says in one line how to get one', () => {
    expect(NO_BROWSER_MESSAGE.split('\n')).toHaveLength(1);
    expect(NO_BROWSER_MESSAGE).toContain('apt-get install -y chromium');
    expect(NO_BROWSER_MESSAGE).toContain('CHROME_PATH');
    expect(NO_BROWSER_MESSAGE).toContain('npx playwright install chromium');
  });
});
