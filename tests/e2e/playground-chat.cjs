// Chats with the bot in the Agents Playground's web page, in headless Chromium.
// usage: node playground-chat.cjs PLAYGROUND_URL SCREENSHOT.png STEP...
//   a STEP is "say:TEXT" (type into the message box, press Enter),
//   "see:TEXT" (wait until a rendered Adaptive Card shows TEXT), and on the newest card: "click:TITLE" (press
//   the button), "check:" (tick the first checkbox), "fill:TEXT" (type into the first text box),
//   "choose:LABEL" (pick a radio button), "set:LABEL=TEXT" (type into the input labelled LABEL); "shot:FILE.png"
//   keeps a screenshot of the page as it is.
// Exit code 0 when every step passed; otherwise the failing step and the page's text on stderr.
const { launch } = require('./chromium.cjs');

async function main() {
  const [url, screenshot, ...steps] = process.argv.slice(2);
  const { browser, close } = await launch();
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'networkidle', timeout: 60000 });
    const box = page.locator('[data-lexical-editor="true"][contenteditable="true"]').first();
    // The newest card of the chat (not a card nested in a Action.ShowCard).
    const newest = () => page.locator('.ac-adaptiveCard:not(.ac-adaptiveCard .ac-adaptiveCard)').last();
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
        await newest().getByRole('button', { name: text, exact: true }).click();
      } else if (verb === 'check') {
        await newest().locator('input[type=checkbox]').first().check();
      } else if (verb === 'fill') {
        await newest().locator('input[type=text], textarea').first().fill(text);
      } else if (verb === 'shot') {
        await page.screenshot({ path: text });
      } else if (verb === 'set') {
        const [label, ...value] = text.split('=');
        await newest().getByLabel(label, { exact: true }).fill(value.join('='));
      } else if (verb === 'choose') {
        await newest().getByLabel(text, { exact: true }).check();
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
