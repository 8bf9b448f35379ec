import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
await page.goto('http://localhost:5302/editor/');
await page.waitForSelector('[data-testid="rf__node-start"]');
await page.getByRole('button', { name: 'Stap toevoegen' }).click();
await page.waitForTimeout(500);
for (const sel of ['.flow-canvas', '.canvas-toolbar', '.react-flow', '.view-panel', '.problems-panel', '.react-flow__minimap']) {
  console.log(sel, JSON.stringify(await page.locator(sel).first().boundingBox()));
}
await page.screenshot({ path: '/tmp/canvas-shots/c.png' });
await browser.close();
