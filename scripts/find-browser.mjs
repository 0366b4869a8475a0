#!/usr/bin/env node
// Finds a Chromium for the browser tests and prints its path (empty for Playwright's own build).
// Order: CHROMIUM_PATH, Playwright's Chromium, Debian's headless shell, /usr/bin/chromium; failing those it
// installs one (`npx playwright install chromium`, then apt as root) or says exactly what to run.
// The headless shell is what Playwright itself runs headless tests in: the same Blink, without the desktop
// browser around it, and half the CPU time of the browser suite on two cores (measured: 4.9 → 2.7 min).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function playwrightChromium() {
  try {
    const out = execFileSync(process.execPath, ['-e', "process.stdout.write(require('playwright-core').chromium.executablePath())"], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return out && existsSync(out) ? out : null;
  } catch {
    return null;
  }
}

const headlessShell = '/usr/bin/chromium-headless-shell';
const desktopPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * `desktop`: the whole browser, for Lighthouse, which measures in Chrome's own headless mode. Otherwise the headless
 * shell comes first where it is installed.
 */
export function findBrowser({ desktop = false } = {}) {
  const systemPaths = desktop ? desktopPaths : [headlessShell, ...desktopPaths];
  const systemChromium = () => systemPaths.find((candidate) => existsSync(candidate)) ?? null;
  const given = process.env.CHROMIUM_PATH;
  if (given) {
    if (existsSync(given)) return { path: given, source: 'CHROMIUM_PATH' };
    throw new Error(`CHROMIUM_PATH is set to ${given}, which does not exist.`);
  }
  const bundled = playwrightChromium();
  if (bundled) return { path: '', source: `Playwright's Chromium (${bundled})` };
  const system = systemChromium();
  if (system) return { path: system, source: system };

  console.error('No Chromium found: trying `npx playwright install chromium`…');
  spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  const installed = playwrightChromium();
  if (installed) return { path: '', source: `Playwright's Chromium (${installed})` };

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.error('Trying `apt-get install -y chromium-headless-shell`…');
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium-headless-shell'], { stdio: 'inherit' });
    const system = systemChromium();
    if (system) return { path: system, source: system };
  }
  throw new Error(
    'No Chromium for the browser tests. Run `npx playwright install chromium`, or install Chromium ' +
      '(Debian/Ubuntu: `sudo apt-get install -y chromium-headless-shell`) and set CHROMIUM_PATH=/path/to/it.',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { path, source } = findBrowser();
    console.error(`Browser: ${source}`);
    process.stdout.write(path);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
