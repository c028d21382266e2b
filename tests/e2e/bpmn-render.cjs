// Renders a BPMN file with bpmn-js (the bpmn.io viewer, as in Camunda Modeler) in headless Chromium and screenshots it.
// Usage: node tests/e2e/bpmn-render.cjs FILE.bpmn SCREENSHOT.png
//   → prints JSON {warnings: [import warnings], shapes: [{id, type, name, text, x, y, width, height}]} for every task and gateway drawn
const fs = require('fs');
const path = require('path');
const { launch } = require('./chromium.cjs');

(async () => {
  const [file, screenshot] = process.argv.slice(2);
  const root = path.join(__dirname, '..', '..', 'node_modules', 'bpmn-js', 'dist');
  const { browser, close } = await launch({ viewport: { width: 1800, height: 1000 } });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><body style="margin:0"><div id="canvas" style="width:100vw;height:100vh"></div></body></html>');
    await page.addStyleTag({ content: fs.readFileSync(path.join(root, 'assets', 'diagram-js.css'), 'utf8') });
    await page.addStyleTag({ content: fs.readFileSync(path.join(root, 'assets', 'bpmn-js.css'), 'utf8') });
    await page.addScriptTag({ content: fs.readFileSync(path.join(root, 'bpmn-viewer.production.min.js'), 'utf8') });
    const result = await page.evaluate(async (xml) => {
      const viewer = new window.BpmnJS({ container: '#canvas' });
      const { warnings } = await viewer.importXML(xml);
      viewer.get('canvas').zoom('fit-viewport');
      const registry = viewer.get('elementRegistry');
      const shapes = registry.filter((e) => /Task$|Gateway$|Event$/.test(e.type)).map((e) => {
        const gfx = registry.getGraphics(e);
        const text = gfx ? [...gfx.querySelectorAll('text tspan')].map((t) => t.textContent).join(' ') : '';
        return { id: e.id, type: e.type, name: e.businessObject.name || '', text, x: e.x, y: e.y, width: e.width, height: e.height, drawn: !!gfx };
      });
      return { warnings: warnings.map((w) => w.message), shapes };
    }, fs.readFileSync(file, 'utf8'));
    await page.screenshot({ path: screenshot });
    console.log(JSON.stringify(result));
  } finally {
    await close();
  }
})().catch((e) => { console.error(e && e.stack || String(e)); process.exit(1); });
