import { defineConfig, devices } from '@playwright/test';

// A browser found by scripts/find-browser.mjs (or given by hand); unset means Playwright's own Chromium.
const executablePath = process.env.CHROMIUM_PATH || undefined;
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = process.env.BASE_URL ?? `http://localhost:${port}`;
// The security suite runs against nginx with deploy/nginx.conf over HTTPS (scripts/serve-nginx.mjs).
const nginxPort = Number(process.env.E2E_NGINX_PORT ?? port + 1000);
const nginxHttpPort = Number(process.env.E2E_NGINX_HTTP_PORT ?? nginxPort + 1000);
const nginxURL = `https://localhost:${nginxPort}`;

const browserArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  // Two workers everywhere: the CI runners and the development machine both have two cores.
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'reports/playwright' }]],
  timeout: 30_000,
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    locale: 'id-ID',
    // Recording a trace of every test costs a fifth of the suite's time: CI records the retry of a failing test
    // (`--trace on` records every test when needed).
    trace: 'on-first-retry',
    // Each new context would otherwise install the service worker and precache the whole site (150 files) behind
    // every test. The tests of offline use, the update prompt, "delete my data" and the security policy allow it.
    serviceWorkers: 'block',
    launchOptions: { executablePath, args: browserArgs },
  },
  projects: [
    { name: 'chromium', testIgnore: 'security.spec.ts' },
    {
      name: 'nginx',
      testMatch: 'security.spec.ts',
      // The local certificate is self-signed: Chromium registers a service worker on such an origin only with this flag.
      use: { baseURL: nginxURL, ignoreHTTPSErrors: true, serviceWorkers: 'allow', launchOptions: { executablePath, args: [...browserArgs, '--ignore-certificate-errors'] } },
    },
  ],
  webServer: process.env.BASE_URL
    ? undefined
    : [
        {
          command: `node scripts/serve.mjs --port ${port}`,
          url: `${baseURL}/id/`,
          reuseExistingServer: !process.env.CI,
          stdout: 'ignore',
        },
        {
          command: `node scripts/serve-nginx.mjs --port ${nginxPort} --http-port ${nginxHttpPort}`,
          url: `${nginxURL}/id/`,
          ignoreHTTPSErrors: true,
          reuseExistingServer: !process.env.CI,
          stdout: 'ignore',
        },
      ],
});
