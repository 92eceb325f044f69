import { defineConfig, devices } from '@playwright/test';

// Started by `npm test` / `npm run test:e2e` (scripts/test.ts), which builds the portal, starts
// it with a fresh seeded database and a test OpenID provider, and sets BASE_URL and CHROME_PATH.
const baseURL = process.env.BASE_URL ?? 'http://localhost:3000';

export default defineConfig({
  testDir: 'tests/e2e',
  // Each run writes its traces and screenshots to its own folder (scripts/test.ts sets it).
  outputDir: process.env.PLAYWRIGHT_OUTPUT_DIR ?? 'test-results',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
    // The portal's service worker (public/sw.js) would answer page requests itself, out of sight of
    // page.route(): only the specs that test it allow it (tests/e2e/app-shell.spec.ts).
    serviceWorkers: 'block',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        locale: 'vi-VN',
        launchOptions: {
          executablePath: process.env.CHROME_PATH || undefined,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
});
