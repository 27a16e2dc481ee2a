// Renders BPMN files to PNG with the bpmn-js viewer in headless Chromium (playwright-core drives the system's
// Chromium; no browser is downloaded). Usage: node render.mjs <out-dir> <file.bpmn>...
import { chromium } from 'playwright-core';
import { readFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'node_modules', 'bpmn-js', 'dist');
const [outDir, ...files] = process.argv.slice(2);
if (!outDir || files.length === 0) {
  console.error('usage: node render.mjs <out-dir> <file.bpmn>...');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
});
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, deviceScaleFactor: 1 });
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8">
    <style>${readFileSync(join(dist, 'assets', 'diagram-js.css'), 'utf8')}
    ${readFileSync(join(dist, 'assets', 'bpmn-js.css'), 'utf8')}
    html, body, #canvas { margin: 0; width: 100%; height: 100%; background: white; }</style></head>
    <body><div id="canvas"></div></body></html>`);
  await page.addScriptTag({ path: join(dist, 'bpmn-viewer.development.js') });
  for (const file of files) {
    const xml = readFileSync(file, 'utf8');
    const result = await page.evaluate(async (xml) => {
      window.viewer?.destroy();
      window.viewer = new BpmnJS({ container: '#canvas' });
      const { warnings } = await window.viewer.importXML(xml);
      const canvas = window.viewer.get('canvas');
      const box = canvas.viewbox().inner;
      return { warnings: warnings.map((w) => w.message), box: { x: box.x, y: box.y, width: box.width, height: box.height } };
    }, xml);
    const margin = 20;
    const width = Math.ceil(result.box.width + 2 * margin);
    const height = Math.ceil(result.box.height + 2 * margin);
    await page.setViewportSize({ width, height });
    await page.evaluate(({ box, margin, width, height }) => {
      const canvas = window.viewer.get('canvas');
      canvas.viewbox({ x: box.x - margin, y: box.y - margin, width, height });
    }, { box: result.box, margin, width, height });
    const out = join(outDir, basename(file).replace(/\.bpmn$/, '.png'));
    await page.screenshot({ path: out, fullPage: false });
    // TILES=<width>: also pieces of that width, to look at a wide diagram at full size
    const tile = Number(process.env.TILES || 0);
    for (let x = 0, n = 1; tile > 0 && width > tile && x < width; x += tile - 100, n++) {
      await page.screenshot({ path: out.replace(/\.png$/, `-${n}.tile.png`),
        clip: { x, y: 0, width: Math.min(tile, width - x), height } });
    }
    for (const w of result.warnings) {
      console.error(`${file}: ${w}`);
      failed = true;
    }
    console.log(`${out} (${width}x${height})`);
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
