// Real-browser check of the search page: serves a built site with `python3 -m http.server` on
// 127.0.0.1, opens the search pages in headless Chromium (Debian's /usr/bin/chromium, driven by
// the playwright-core that `sitecheck --install` puts in SITECHECK_HOME) and checks that the
// Pagefind index answers in each language. See tests/browser/README.md.
//
//   node tests/browser/search.mjs [OUTPUT_DIR] [--base-path /transparansi/]
//
// OUTPUT_DIR defaults to ./output. With --base-path, the site must have been built with a
// matching --base-url; it is then served under that path. Exit 0 = every check passed.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, symlinkSync, mkdirSync } from 'node:fs';
import { tmpdir, homedir } from 'node:os';
import path from 'node:path';

const args = process.argv.slice(2);
const at = args.indexOf('--base-path');
const base = at >= 0 ? `/${args.splice(at, 2)[1].replace(/^\/+|\/+$/g, '')}/`.replace('//', '/') : '/';
const output = path.resolve(args[0] ?? 'output');
const home = process.env.SITECHECK_HOME
  ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache'), 'terang-sitecheck');
const require = createRequire(path.join(home, 'package.json'));
const { chromium } = require('playwright-core');

// Serve OUTPUT_DIR at BASE: a temporary root with a link at the base path.
let root = output;
let scratch = null;
if (base !== '/') {
  scratch = mkdtempSync(path.join(tmpdir(), 'terang-search-'));
  const link = path.join(scratch, base);
  mkdirSync(path.dirname(link.replace(/\/$/, '')), { recursive: true });
  symlinkSync(output, link.replace(/\/$/, ''));
  root = scratch;
}
const server = spawn('python3', ['-u', '-m', 'http.server', '0', '--bind', '127.0.0.1', '--directory', root],
  { stdio: ['ignore', 'pipe', 'pipe'] });
const port = await new Promise((resolve, reject) => {
  server.stdout.on('data', (chunk) => {
    const m = /port (\d+)/.exec(chunk.toString());
    if (m) resolve(Number(m[1]));
  });
  server.on('exit', (code) => reject(new Error(`http.server exited with ${code}`)));
});
const origin = `http://127.0.0.1:${port}`;

const failures = [];
const check = (ok, message) => { console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`); if (!ok) failures.push(message); };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const problems = [];
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.hostname === '127.0.0.1') return route.continue();
    problems.push(`request to another host: ${u.href}`);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('console', (msg) => { if (['error', 'warning'].includes(msg.type())) problems.push(`console ${msg.type()}: ${msg.text()}`); });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`); });

  // Results for ?q= on load, in the page's language, with the base path in every link.
  const results = async (url) => {
    await page.goto(`${origin}${base}${url}`);
    await page.waitForFunction(() => document.getElementById('search-status')?.textContent.trim() !== '', null, { timeout: 15000 });
    return page.evaluate(() => ({
      status: document.getElementById('search-status').textContent,
      items: [...document.querySelectorAll('#search-results > li')].map((li) => ({
        title: li.querySelector('a')?.textContent, href: li.querySelector('a')?.getAttribute('href'),
        marks: li.querySelectorAll('mark').length,
      })),
      nojsHidden: document.getElementById('search-nojs')?.hidden,
      input: document.getElementById('search-q').value,
    }));
  };
  const id = await results('cari/?q=pendamping');
  const palembang = id.items.find((i) => i.href === `${base}berita/kemensos-genjot-kapasitas-pendamping-bansos/`);
  check(palembang?.title === 'Kemensos Genjot Kapasitas Para Pendamping Bansos', `id: the Palembang article is a result (${JSON.stringify(id.items)})`);
  check(palembang?.marks > 0, 'id: its excerpt marks the matched word');
  check(/^\d+ hasil$/.test(id.status) && Number.parseInt(id.status, 10) === id.items.length, `id: status "${id.status}"`);
  check(id.input === 'pendamping' && id.nojsHidden === true, 'id: ?q= fills the input; the no-JavaScript note is hidden');
  check(id.items.every((i) => i.href.startsWith(`${base}`) && !i.href.startsWith(`${base}en/`)), 'id: only Indonesian pages');

  // Indonesian stemming: "pelatihan" finds pages that say "latih"/"pelatihan".
  const stem = await results('cari/?q=melatih');
  check(stem.items.length > 0, `id: stemming finds "melatih" (${stem.status})`);

  const en = await results('en/search/?q=facilitators');
  check(en.items.some((i) => i.href === `${base}en/news/ministry-boosts-capacity-of-social-assistance-facilitators/`), `en: the English article is a result (${JSON.stringify(en.items)})`);
  check(/^\d+ results?$/.test(en.status), `en: status "${en.status}"`);
  check(en.items.every((i) => i.href.startsWith(`${base}en/`)), 'en: only English pages');

  // Typing searches (debounced) and keeps the query in the address.
  await page.fill('#search-q', 'Palembang');
  await page.waitForFunction(() => location.search === '?q=Palembang', null, { timeout: 10000 });
  await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 0, null, { timeout: 10000 });
  check(true, 'en: typing searches and updates ?q=');

  // The results as rendered pass axe (WCAG 2.x A/AA), on a phone-sized viewport.
  await results('cari/?q=pendamping');
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const axe = await page.evaluate(async () => (await window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`));
  check(axe.length === 0, `axe on the results: ${axe.length ? axe.join('; ') : 'no violations'}`);

  const none = await results('en/search/?q=zzzqqqxxy');
  check(none.status === '0 results' && none.items.length === 0, `en: no match says "${none.status}"`);

  check(problems.length === 0, `no failed requests, console errors or other hosts${problems.length ? `: ${problems.join('; ')}` : ''}`);
} finally {
  await browser.close();
  server.kill();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}
console.log(failures.length ? `search.mjs: ${failures.length} failed` : 'search.mjs: all checks passed');
process.exit(failures.length ? 1 : 0);
