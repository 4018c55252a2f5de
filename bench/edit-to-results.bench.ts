// Time from an edit in the Team view to the results redrawn: the built renderer in Chromium with
// the real handlers behind `window.api`, a posts field typed into 40 times. Measured from the
// input event to the commit that drew the new results (a performance mark the workspace sets in
// a layout effect), and to the next painted frame. Target: ≤ 50 ms; aim for one frame (16.7 ms).
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { createHandlers, dispatch } from '../main/handlers';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, normalize } from 'node:path';
import { median, report } from './measure';

const root = resolve(import.meta.dirname, '..');
const rendererDir = join(root, 'out', 'renderer');
if (!existsSync(join(rendererDir, 'index.html'))) {
  spawnSync(join(root, 'node_modules', '.bin', 'electron-vite'), ['build'], { cwd: root, stdio: 'ignore' });
}

const userDataDir = mkdtempSync(join(tmpdir(), 'skillmix-bench-'));
const handlers = createHandlers({ userDataDir });
const server = createServer((request, response) => {
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  const file = normalize(join(rendererDir, pathname === '/' ? 'index.html' : pathname));
  if (!file.startsWith(rendererDir + sep)) return void response.writeHead(403).end();
  const type = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }[extname(file)] ?? 'application/octet-stream';
  readFile(file).then(
    (body) => response.writeHead(200, { 'content-type': type }).end(body),
    () => response.writeHead(404).end(),
  );
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const address = server.address();
const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
const browser = await chromium.launch({
  executablePath: process.env['SKILLMIX_CHROMIUM'] || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.exposeBinding('__skillmixInvoke', (_source, channel: unknown, args: unknown) => dispatch(handlers, channel, args));
  await page.addInitScript({
    content: `Object.defineProperty(window, 'api', { value: Object.freeze({ invoke: (c, a) => window.__skillmixInvoke(c, a), onMenu: () => () => undefined }) });`,
  });
  page.on('console', (m) => console.error(`page: ${m.text()}`));
  await page.goto(url);
  await page.getByRole('textbox', { name: 'Posts (FTE), Social worker' }).waitFor();

  const toCommit: number[] = [];
  const toFrame: number[] = [];
  for (let i = 0; i < 40; i++) {
    const sample = (await page.evaluate(`(async (posts) => {
      const input = document.querySelector('input[aria-label="Posts (FTE), Social worker"]');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const t0 = performance.now();
      setValue.call(input, String(posts));
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      const marks = performance.getEntriesByName('skillmix:results-drawn');
      return { commit: marks[marks.length - 1].startTime - t0, frame: performance.now() - t0 };
    })(${5 + (i % 4) * 0.5})`)) as { commit: number; frame: number };
    if (i >= 5) {
      toCommit.push(sample.commit);
      toFrame.push(sample.frame);
    }
  }
  report('ui.editToResults', 'median', median(toCommit), 'ms');
  report('ui.editToResults', 'p90', [...toCommit].sort((a, b) => a - b)[Math.floor(toCommit.length * 0.9)]!, 'ms');
  report('ui.editToPaintedFrame', 'median', median(toFrame), 'ms');
} finally {
  await browser.close();
  await new Promise((done) => server.close(done));
  rmSync(userDataDir, { recursive: true, force: true });
}
