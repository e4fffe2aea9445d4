import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
for (let i = 0; i < 3; i++) {
const ctx = await browser.newContext({ viewport: { width: 1600, height: 1100 } });
const page = await ctx.newPage();
await page.goto(process.argv[2]);
await page.waitForSelector('[data-painted="true"]', { timeout: 20000 });
console.log(await page.evaluate(() => JSON.stringify(performance.getEntries().filter(e => e.name.startsWith('fd-chart') || e.entryType === 'resource' && /chart-page|elk/.test(e.name)).map(e => [e.name.replace(/.*\//,''), Math.round(e.startTime), Math.round(e.duration)]))));
await ctx.close();
}
await browser.close();
