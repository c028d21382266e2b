// Opens the local handbook's index page in headless Chromium and follows every link in it.
// Usage: node tests/e2e/handbook.cjs URL SCREENSHOT → prints JSON {title, rows, links: [{text, href, status, type, bytes, magic}], images: [{alt, src, width, height}], download}
const { launch } = require('./chromium.cjs');

(async () => {
  const [url, screenshot] = process.argv.slice(2);
  const { browser, close } = await launch();
  try {
    const page = await browser.newPage();
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response || response.status() !== 200) throw new Error(`${url}: HTTP ${response && response.status()}`);
    const title = await page.title();
    const rows = await page.$$eval('tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.trim())));
    // The diagrams: loaded pictures have a natural size (a broken or refused one has 0 × 0).
    await page.waitForFunction(() => [...document.images].every((img) => img.complete));
    const images = await page.$$eval('img', (imgs) => imgs.map((img) => ({ alt: img.alt, src: img.src, width: img.naturalWidth, height: img.naturalHeight })));
    const anchors = await page.$$eval('a', (as) => as.map((a) => ({ text: a.textContent.trim(), href: a.href })));
    const links = [];
    for (const { text, href } of anchors) {
      const answer = await page.request.get(href);
      const body = await answer.body();
      links.push({ text, href, status: answer.status(), type: answer.headers()['content-type'] || '', bytes: body.length, magic: body.subarray(0, 4).toString('latin1') });
    }
    // A reader's click: the first Word link downloads the document.
    let download = null;
    const word = page.locator('a', { hasText: 'Word' }).first();
    if (await word.count()) {
      const [file] = await Promise.all([page.waitForEvent('download'), word.click()]);
      download = file.suggestedFilename();
    }
    await page.screenshot({ path: screenshot, fullPage: true });
    console.log(JSON.stringify({ title, rows, links, images, download }));
  } finally {
    await close();
  }
})().catch((error) => { console.error(error.stack || String(error)); process.exit(1); });
