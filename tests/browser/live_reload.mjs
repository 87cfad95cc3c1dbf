// Real-browser check of `terang serve`'s live reload: makes a site with `terang init`,
// serves it on a free loopback port, opens an article in headless Chromium (Debian's
// /usr/bin/chromium, driven by the playwright-core that `sitecheck --install` puts in
// SITECHECK_HOME), edits the article's Markdown and checks that the open tab shows the new
// text without being reloaded by hand; then breaks the file and checks the error overlay
// (escaped text over the last good page), then fixes it and checks the overlay is gone.
//
//   node tests/browser/live_reload.mjs [PATH_TO_TERANG]     (default: target/debug/terang)
//
// Exit 0 = every check passed. Needs: ../shared/tools/sitecheck --install (once per machine).
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';

const terang = path.resolve(process.argv[2] ?? 'target/debug/terang');
const home = process.env.SITECHECK_HOME
  ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache'), 'terang-sitecheck');
const require = createRequire(path.join(home, 'package.json'));
const { chromium } = require('playwright-core');

const PATIENCE = 10_000; // ms for anything to happen; the edit-to-reload budget itself is far smaller
const failures = [];
const check = (ok, message) => { console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`); if (!ok) failures.push(message); };

// A fresh site from the skeleton.
const scratch = mkdtempSync(path.join(tmpdir(), 'terang-live-'));
const site = path.join(scratch, 'site');
const init = spawnSync(terang, ['init', site], { encoding: 'utf8' });
if (init.status !== 0) { console.error(init.stderr); process.exit(2); }
const article = path.join(site, 'content/news/2019-01-15-angka-kemiskinan-september-2018.id.md');
const original = readFileSync(article, 'utf8');

// Serve it on a free port; the address is the first line on stdout.
const server = spawn(terang, ['serve', '--site', site, '--port', '0'],
  { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
let log = '';
server.stderr.on('data', (chunk) => { log += chunk; });
const origin = await new Promise((resolve, reject) => {
  server.stdout.on('data', (chunk) => {
    const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(chunk.toString());
    if (m) resolve(m[1]);
  });
  server.on('exit', (code) => reject(new Error(`terang serve exited with ${code}:\n${log}`)));
  setTimeout(() => reject(new Error(`terang serve did not start:\n${log}`)), PATIENCE).unref();
});

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** The page's text once `predicate(text)` holds, or null after PATIENCE (navigations allowed). */
async function textWhen(page, predicate) {
  const deadline = Date.now() + PATIENCE;
  while (Date.now() < deadline) {
    try {
      const text = await page.evaluate(() => document.body ? document.body.innerText : '');
      if (predicate(text)) return text;
    } catch { /* the page is reloading */ }
    await new Promise((r) => setTimeout(r, 25));
  }
  return null;
}

try {
  const page = await browser.newPage();
  const url = `${origin}/berita/angka-kemiskinan-september-2018/`;
  const first = await page.goto(url);
  check(first.status() === 200, `the article answers 200 (${first.status()})`);
  check((await textWhen(page, (t) => t.includes('9,66 persen'))) !== null, 'the article shows its figure');
  // The script marks the page once its event stream is open: edit only then.
  const live = await page.waitForSelector('html[data-terang-live="on"]', { timeout: PATIENCE })
    .catch(() => null);
  check(live !== null, 'the live-reload script connects');

  // 1. Edit the Markdown: the open tab shows the new text by itself.
  // A mark on this document: a reload makes a new document without it.
  await page.evaluate(() => { window.terangMark = true; });
  const edited = Date.now();
  writeFileSync(article, original.replace('Ini artikel contoh', 'Ini artikel yang sudah diubah'));
  const shown = await textWhen(page, (t) => t.includes('Ini artikel yang sudah diubah'));
  check(shown !== null, `the tab shows the edited text without a manual reload (${Date.now() - edited} ms)`);
  check(await page.evaluate(() => window.terangMark !== true), 'the live-reload script reloaded the page');

  // 2. Break the file: the overlay shows the problem as text, over the last good page.
  writeFileSync(article, '---\ntitle: [Judul <b>tidak</b> ditutup\n---\nRusak.\n');
  const overlay = await page.waitForSelector('#terang-problems', { timeout: PATIENCE }).catch(() => null);
  check(overlay !== null, 'a broken edit opens the error overlay');
  if (overlay) {
    const text = await overlay.textContent();
    check(/error: content\/news\/2019-01-15-angka-kemiskinan-september-2018\.id\.md:2:\d+/.test(text),
      'the overlay names file:line:col');
    check(text.includes('<b>tidak</b>'), 'the overlay shows the source line as text');
    check((await page.$('#terang-problems b')) === null, 'nothing in the message became markup');
    check(await overlay.evaluate((d) => d.open === true), 'the overlay is an open dialog');
  }
  check((await page.evaluate(() => document.body.innerText)).includes('Ini artikel yang sudah diubah'),
    'the last good page stays underneath');

  // 3. Fix it: the tab reloads and the overlay is gone.
  writeFileSync(article, original);
  const fixed = await textWhen(page, (t) => t.includes('Ini artikel contoh'));
  check(fixed !== null, 'the fix is shown');
  check((await page.$('#terang-problems')) === null, 'the overlay is gone after the fix');
} finally {
  await browser.close();
  server.kill('SIGINT');
  await new Promise((r) => server.on('exit', r));
  rmSync(scratch, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`\n${failures.length} check(s) failed; terang serve said:\n${log}`);
  process.exit(1);
}
console.log('live reload: all checks passed');
