// Browser tests run in Debian's Chromium (Playwright cannot download its own
// browser here); set CHROMIUM_PATH to use another. They run against the built
// apps served by `vite preview`, as a user would get them, and the shared
// workspace's tests against the real server (`npm run server`, fresh data).
import { defineConfig, devices } from '@playwright/test';
import { sharedServerUrl } from './tests/e2e/support/shared-server';

const port = Number(process.env.E2E_PORT ?? 4173);
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'nl-BE',
    timezoneId: 'Europe/Brussels',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    // Service workers would answer requests that page.route() is meant to see;
    // the offline test allows them for itself.
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } },
    {
      // The viewer's views again on a phone-sized touch screen.
      name: 'phone',
      testMatch: /viewer-(chart|guide|directory|text)\.spec\.ts/,
      use: {
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
      },
    },
  ],
  webServer: [
    {
      command: `npx vite preview --outDir dist --port ${port} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${port}/viewer/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // Its first start runs initdb (7-20 s on a busy machine), then the admin command and the server.
      command: 'npx tsx tests/e2e/support/start-shared-server.ts',
      url: `${sharedServerUrl}/api/health`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
  ],
});
