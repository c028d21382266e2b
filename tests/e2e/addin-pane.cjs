// Drives the Word add-in's pane in browser mode (/addin/ in a normal tab) in headless Chromium:
// list, search, preview, download, and optionally upload an edited .docx. Prints one JSON line with
// what it saw; exits 1 with the reason when something is missing.
// Usage: node addin-pane.cjs BASE_URL SCREENSHOT DOWNLOAD_DIR TEMPLATE_ID SEARCH [UPLOAD_FILE]
const path = require('path');
const { launch } = require('./chromium.cjs');

const [, , baseUrl, screenshot, downloadDir, templateId, search, uploadFile] = process.argv;

(async () => {
  // A task pane's width; German as the browser's language, as for the agency's staff.
  const { browser, close } = await launch({ viewport: { width: 420, height: 1000 }, locale: 'de-DE', acceptDownloads: true });
  const result = {};
  const errors = [];
  let page;
  try {
    page = await browser.newPage();
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });

    const started = Date.now();
    await page.goto(new URL('addin/', baseUrl).href);
    await page.locator('#templates li[data-id]').first().waitFor({ timeout: 20000 });
    result.listMs = Date.now() - started;
    result.names = await page.locator('#templates li[data-id] .name').allTextContents();
    result.language = await page.evaluate(() => document.documentElement.lang);
    result.fluent = await page.evaluate(() => ['fluent-button', 'fluent-text-input', 'fluent-badge'].every((name) => !!customElements.get(name)));

    await page.locator('#search input').fill(search);
    await page.waitForFunction((n) => document.querySelectorAll('#templates li[data-id]').length === n, 1, { timeout: 5000 }).catch(() => {});
    result.found = await page.locator('#templates li[data-id] .name').allTextContents();
    await page.locator(`#templates li[data-id="${templateId}"]`).click();
    await page.waitForFunction((id) => document.querySelector(`#templates li[data-id="${id}"]`)?.getAttribute('aria-selected') === 'true', templateId);
    result.preview = await page.locator('#preview').innerText();
    // The diagram: an <img> of the SVG (an object URL, the API wants the token), loaded with its natural size.
    await page.locator('#diagram img').waitFor({ timeout: 10000 });
    await page.waitForFunction(() => document.querySelector('#diagram img')?.complete);
    result.diagram = await page.locator('#diagram img').evaluate((img) => ({ alt: img.alt, src: img.src, width: img.naturalWidth, height: img.naturalHeight }));
    result.diagramHtml = await page.locator('#diagram').evaluate((figure) => figure.querySelectorAll('svg, script').length);

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download').click()]);
    result.downloadName = download.suggestedFilename();
    result.download = path.join(downloadDir, 'download.docx');
    await download.saveAs(result.download);
    await page.locator('#status [data-state="success"]').waitFor({ timeout: 10000 });
    await page.screenshot({ path: screenshot, fullPage: true });

    if (uploadFile) {
      // The download's "success" is still shown when the upload starts: wait for a final state with another text.
      const before = await page.locator('#status').innerText();
      await page.locator('#upload').setInputFiles(uploadFile);
      await page.waitForFunction((previous) => {
        const state = document.querySelector('#status [data-state]');
        return state && state.getAttribute('data-state') !== 'busy' && document.querySelector('#status').innerText !== previous;
      }, before, { timeout: 30000 });
      result.uploadState = await page.locator('#status [data-state]').first().getAttribute('data-state');
      result.uploadText = await page.locator('#status').innerText();
      await page.screenshot({ path: screenshot.replace(/\.png$/, '-saved.png'), fullPage: true });
    }
    result.errors = errors;
    console.log(JSON.stringify(result));
  } catch (error) {
    result.errors = errors;
    result.status = page ? await page.locator('#pane').innerText().catch(() => '') : '';
    console.log(JSON.stringify(result));
    console.error(error && error.stack || String(error));
    process.exitCode = 1;
  } finally {
    await close();
  }
})();
