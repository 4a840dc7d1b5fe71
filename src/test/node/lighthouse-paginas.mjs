// Lighthouse 12 (npm package, package.json) over several pages with one Chromium: mobile, the CLI's
// defaults (simulated throttling). Run by e2e/CalidadPortalE2eTest:
//   CHROME_PATH=/usr/bin/chromium node src/test/node/lighthouse-paginas.mjs OUT_DIR URL...
// writes OUT_DIR/NN.lighthouse.json for the Nth URL (01, 02, ...).
import fs from 'node:fs';
import path from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const [salida, ...urls] = process.argv.slice(2);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
try {
  for (const [i, url] of urls.entries()) {
    const resultado = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    fs.writeFileSync(path.join(salida, String(i + 1).padStart(2, '0') + '.lighthouse.json'), resultado.report);
  }
} finally {
  await chrome.kill();
}
