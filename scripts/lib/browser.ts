// Finds a Chromium for the end-to-end tests the way people expect: CHROME_PATH, then the system's
// Chromium or Chrome, then Playwright's own (npx playwright install chromium, where the network allows).
import { existsSync } from 'node:fs';

const systemPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export async function findBrowser(): Promise<string | null> {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  for (const p of systemPaths) if (existsSync(p)) return p;
  try {
    const { chromium } = await import('@playwright/test');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright's browser is not installed.
  }
  return null;
}

export const NO_BROWSER_MESSAGE =
  'No Chromium for the end-to-end tests: install one (Debian/Ubuntu: apt-get install -y chromium), set CHROME_PATH to a Chrome or Chromium, or run: npx playwright install chromium';
