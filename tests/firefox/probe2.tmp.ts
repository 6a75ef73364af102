import { launchFirefox } from '/work/wt-firefox/tests/firefox/support/firefox';
const t0 = Date.now();
const rig = await launchFirefox();
console.log('launched', Date.now() - t0);
const page = await rig.browser.newPage();
const nav = page.goto(`${rig.extensionOrigin}/popup.html`, { waitUntil: 'domcontentloaded', timeout: 20000 }).then(
  () => 'ok',
  (e) => 'ERR ' + e.message,
);
await new Promise((r) => setTimeout(r, 4000));
try {
  console.log('url', page.url(), await page.evaluate(() => location.href + ' | ' + document.readyState + ' | ' + document.body?.innerText.slice(0, 200)));
} catch (e) {
  console.log('eval err', (e as Error).message);
}
console.log('nav', await nav);
try {
  console.log('storage', await page.evaluate(async () => JSON.stringify(await (globalThis as any).browser.storage.local.get(null))));
} catch (e) {
  console.log('eval err', (e as Error).message);
}
console.log(
  'pages',
  (await rig.browser.pages()).map((p) => p.url()),
);
await rig.close();
