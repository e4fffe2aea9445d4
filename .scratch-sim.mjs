import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1600, height: 1300 } });
page.on('pageerror', e => console.log('pageerror: ' + e.message));
page.on('console', m => { if (m.type() === 'error' || m.type()==='warning') console.log(m.type()+': '+m.text()); });
await page.goto('http://localhost:4175/chart/contact/dorset?mode=simulate');
await page.waitForSelector('[data-painted="true"]');
for (const ev of ['referrer.identified', 'children.recorded', 'concern.described', 'parents.recorded']) {
  await page.locator(`.fd-chart-label[data-event="${ev}"][data-status="enabled"]`).click();
  console.log(await page.getByTestId('chart-status').textContent());
}
await page.waitForTimeout(1500);
await page.screenshot({ path: '/tmp/chartshots/sim.png' });
await page.locator('.fd-chart-label[data-event="information.completed"]').click().catch(e => console.log('no label', e.message));
console.log(await page.getByTestId('chart-status').textContent());
await page.goto('http://localhost:4175/chart/contact/hertfordshire?mode=compare');
await page.waitForSelector('[data-testid="compare-branches"]', { timeout: 15000 });
await page.waitForTimeout(500);
await page.screenshot({ path: '/tmp/chartshots/cmp.png', fullPage: false });
console.log(await page.getByTestId('compare-panel').innerText());
await browser.close();
