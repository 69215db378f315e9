// Dev check: attach a sample in Chromium with the built extension and print the dialog's text.
import { FixtureServer } from '../../tests/e2e/support/fixture-server';
import { dialogFrame, launchChromium } from '../../tests/e2e/support/chromium';
const file = process.argv[2] ?? 'samples/endoscopy-identifiable.jpg';
const server = new FixtureServer(); await server.start();
const context = await launchChromium(server.proxyPort);
const page = await context.newPage();
await page.goto('https://x.com/x-compose.html');
const t0 = Date.now();
await page.setInputFiles('#media', file);
const dialog = await dialogFrame(page);
console.log('dialog frame after', Date.now() - t0, 'ms');
for (let i = 0; i < 60; i++) {
  await page.waitForTimeout(1000);
  const text = await dialog.locator('body').innerText();
  if (!/Checking/.test(text)) { console.log(`after ${Date.now() - t0} ms:\n${text}`); break; }
}
await page.screenshot({ path: '/tmp/engine-dialog.png' });
await context.close(); await server.stop();
