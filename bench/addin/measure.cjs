// Measures the Word task pane: its size gzipped (what a browser downloads, without Office.js) and,
// given a running host, the time from opening /addin/ to the template list in headless Chromium.
// Usage: node bench/addin/measure.cjs [HOST_URL] [RUNS]   (after npm run build:addin)
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { launch } = require('../../tests/e2e/chromium.cjs');

const dist = path.join(__dirname, '..', '..', 'addin', 'dist');
const gzip = (file) => zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;
const files = (dir) => fs.readdirSync(path.join(dist, dir)).map((name) => path.join(dir, name));

// What the pane loads in browser mode (static imports of pane.js), and everything the build emits.
const meta = JSON.parse(fs.readFileSync(path.join(dist, '.meta.json'), 'utf8'));
const entry = Object.entries(meta.outputs).find(([name]) => name.endsWith('/pane.js'));
const initial = ['index.html', 'pane.css', 'pane.js', ...entry[1].imports.filter((i) => i.kind === 'import-statement').map((i) => path.relative(dist, i.path))];
const all = ['index.html', 'taskpane.html', 'auth.html', 'pane.css', 'pane.js', 'auth-dialog.js', ...files('chunks').filter((f) => f.endsWith('.js'))];
const sum = (list) => list.reduce((total, file) => total + gzip(file), 0);
const raw = (list) => list.reduce((total, file) => total + fs.statSync(path.join(dist, file)).size, 0);
console.log(`pane as loaded (no sign-in): ${(sum(initial) / 1024).toFixed(1)} KiB gzipped (${(raw(initial) / 1024).toFixed(1)} KiB minified) — ${initial.join(', ')}`);
// With sign-in on, pane.js also loads MSAL (dynamic imports, followed transitively).
const closure = new Set();
const visit = (output) => {
  if (closure.has(output)) return;
  closure.add(output);
  for (const i of meta.outputs[output].imports) if (meta.outputs[i.path]) visit(i.path);
};
visit(entry[0]);
const withSignIn = ['index.html', 'pane.css', ...[...closure].map((o) => path.relative(dist, o))];
console.log(`pane with sign-in (MSAL loaded lazily): ${(sum(withSignIn) / 1024).toFixed(1)} KiB gzipped`);
console.log(`everything built (pane + sign-in + dialog): ${(sum(all) / 1024).toFixed(1)} KiB gzipped`);

const [, , host, runs = '5'] = process.argv;
if (host) {
  (async () => {
    const { browser, close } = await launch({ viewport: { width: 420, height: 1000 }, locale: 'de-DE' });
    const times = [];
    for (let i = 0; i < Number(runs); i++) {
      const page = await browser.newPage();
      // A cold cache each time, as when Word opens the pane the first time.
      const session = await page.context().newCDPSession(page);
      await session.send('Network.setCacheDisabled', { cacheDisabled: true });
      const started = Date.now();
      await page.goto(new URL('addin/', host).href);
      await page.locator('#templates li[data-id]').first().waitFor({ timeout: 30000 });
      times.push(Date.now() - started);
      await page.close();
    }
    const sorted = [...times].sort((a, b) => a - b);
    console.log(`open /addin/ → template list: ${times.join(' / ')} ms (median ${sorted[Math.floor(sorted.length / 2)]} ms)`);
    await close();
  })();
}
