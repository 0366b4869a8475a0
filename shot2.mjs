import { chromium } from '@playwright/test';
const [,, url, prefix, width = '412', scheme = 'light', parts = '3', start = '0'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(500);
for (let i = 0; i < Number(parts); i++) await page.screenshot({ path: `${prefix}-${i}.png`, fullPage: true, clip: { x: 0, y: (i + Number(start)) * 900, width: Number(width), height: 900 } });
await browser.close();
