// Chats with the bot in the Agents Playground's web page, in headless Chromium.
// usage: node playground-chat.cjs PLAYGROUND_URL SCREENSHOT.png STEP...
//   a STEP is "say:TEXT" (type into the message box, press Enter),
//   "see:TEXT" (wait until a rendered Adaptive Card shows TEXT) or "click:TITLE" (press a card button).
// Exit code 0 when every step passed; otherwise the failing step and the page's text on stderr.
const { launch } = require('./chromium.cjs');

async function main() {
  const [url, screenshot, ...steps] = process.argv.slice(2);
  const { browser, close } = await launch();
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'networkidle', timeout: 60000 });
    const box = page.locator('[data-lexical-editor="true"][contenteditable="true"]').first();
    await box.waitFor({ timeout: 30000 });
    for (const step of steps) {
      const [verb, ...rest] = step.split(':');
      const text = rest.join(':');
      if (verb === 'say') {
        const before = await page.locator('.ac-adaptiveCard').count();
        await box.click();
        await page.keyboard.type(text);
        await page.keyboard.press('Enter');
        await page.waitForFunction((n) => document.querySelectorAll('.ac-adaptiveCard').length > n, before, { timeout: 20000 });
      } else if (verb === 'see') {
        await page.locator('.ac-adaptiveCard', { hasText: text }).last().waitFor({ timeout: 20000 });
      } else if (verb === 'click') {
        await page.locator('.ac-adaptiveCard button', { hasText: text }).last().click();
      } else {
        throw new Error(`unknown step ${step}`);
      }
      console.log(`ok ${step}`);
    }
    await page.screenshot({ path: screenshot, fullPage: true });
  } catch (error) {
    await page.screenshot({ path: screenshot, fullPage: true }).catch(() => {});
    console.error(`failed: ${error.message}`);
    console.error((await page.locator('body').innerText().catch(() => '')).slice(-3000));
    process.exitCode = 1;
  } finally {
    await close();
  }
}

main();
