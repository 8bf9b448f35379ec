import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu'] });
const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
const page = await context.newPage();
const errors = [];
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
page.on('pageerror', (e) => errors.push(e.message));
await page.goto('http://localhost:5302/editor/');
await page.waitForSelector('[data-testid="rf__node-start"]');
// click a node
await page.getByTestId('rf__node-s2-stap-7').click();
console.log('inspector kind', await page.locator('#inspector .inspector-kind').textContent());
console.log('focused', await page.evaluate(() => document.activeElement?.className));
// copy
await page.keyboard.press('Control+c');
await page.waitForTimeout(200);
console.log('notices', await page.locator('.notices').textContent().catch(() => 'none'));
// paste same card
await page.keyboard.press('Control+v');
await page.waitForTimeout(300);
console.log('nodes', await page.locator('.react-flow__node').count());
console.log('undo', await page.getByRole('button', { name: /^Ongedaan maken/ }).getAttribute('aria-label'));
// add by key
await page.keyboard.press('Escape');
await page.keyboard.press('2');
await page.waitForTimeout(300);
console.log('nodes after 2', await page.locator('.react-flow__node').count(), await page.evaluate(() => document.activeElement?.getAttribute('data-id')));
await page.keyboard.press('Enter');
await page.waitForTimeout(200);
console.log('focus after enter', await page.evaluate(() => document.activeElement?.tagName + ' ' + document.activeElement?.id));
await page.keyboard.type('Bel de huisarts');
await page.waitForTimeout(200);
console.log('undo', await page.getByRole('button', { name: /^Ongedaan maken/ }).getAttribute('aria-label'));
await page.screenshot({ path: '/tmp/canvas-shots/b.png' });
console.log('errors', errors);
await browser.close();
