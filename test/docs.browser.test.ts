// Opens the offline Redoc pages (generated/docs, built by the docs step) in headless Chromium, served from
// 127.0.0.1, with every request to anywhere else blocked. Each API page must render every operation's summary
// in the navigation with no console error, no failed request and no attempt to reach the network.
// Screenshots go to test-output/ (gitignored).
//
// Rendering a page is most of this file's time (Redoc lays out a whole API), so each API page is loaded once and its
// tests share it, in file order: the index's link opens tomon.html, which the Tomon tests then use; every test still
// checks that nothing went wrong on its page so far.
//
// Needs Debian's Chromium at /usr/bin/chromium (or CHROMIUM_PATH): `apt-get install -y chromium`.
// Without it the test is skipped locally and fails under CI.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apis } from '../scripts/apis.js';
import { listOperations } from '../scripts/operations.js';
import { startDocsServer } from '../scripts/docs-server.js';
import { underCi } from './support/ci.js';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(executablePath);
// CI services set CI=true; a missing browser there is a broken setup, not a reason to skip.
if (!available && !underCi) {
  console.warn(`docs browser test skipped: ${executablePath} not found. Install Chromium with \`apt-get install -y chromium\` (Debian) to run it.`);
}

const outputDir = new URL('../test-output/', import.meta.url);

interface Problems {
  consoleErrors: string[];
  failedRequests: string[];
  blockedRequests: string[];
}

// Each page renders a whole API in Redoc: seconds on a busy 2-core machine, hence the longer timeout.
describe.skipIf(!available && !underCi)('offline Redoc docs in Chromium', { timeout: 90_000 }, () => {
  let browser: Browser;
  let server: Server;
  let baseUrl: string;

  beforeAll(async () => {
    if (!available) throw new Error(`CI is set but ${executablePath} is missing: install it with \`apt-get install -y chromium\``);
    mkdirSync(outputDir, { recursive: true });
    ({ server, url: baseUrl } = await startDocsServer({ port: 0, host: '127.0.0.1' }));
    baseUrl = baseUrl.replace('//localhost:', '//127.0.0.1:');
    browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  /** The page of each API, loaded by the first test that needs it and shared by the later ones. */
  const pages = new Map<string, { page: Page; problems: Problems }>();
  async function apiPage(name: string): Promise<{ page: Page; problems: Problems }> {
    let opened = pages.get(name);
    if (!opened) {
      opened = await openPage(`${name}.html`);
      pages.set(name, opened);
    }
    return opened;
  }

  /** Back at the top of the page with no fragment, so that a test that goes to an operation shows that it moved. */
  async function toTop(page: Page): Promise<void> {
    await page.evaluate("history.replaceState(null, '', location.pathname); window.scrollTo(0, 0)");
  }

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  /** A page that only reaches 127.0.0.1 (and data:/blob:/file:), recording anything that goes wrong. */
  async function openPage(path: string): Promise<{ page: Page; problems: Problems }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    const problems: Problems = { consoleErrors: [], failedRequests: [], blockedRequests: [] };
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      const local = ['data:', 'blob:', 'file:'].includes(url.protocol) || url.hostname === '127.0.0.1';
      if (local) return route.continue();
      problems.blockedRequests.push(url.href);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => problems.consoleErrors.push(`uncaught: ${error.message}`));
    page.on('requestfailed', (request) => problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
    });
    await page.goto(baseUrl + path, { waitUntil: 'load' });
    return { page, problems };
  }

  it('index.html introduces and links every API', async () => {
    const { page, problems } = await openPage('index.html');
    for (const api of apis) {
      const document = JSON.parse(readFileSync(new URL(`../generated/${api.name}/openapi.json`, import.meta.url), 'utf8'));
      const section = page.locator(`section#${api.name}`);
      expect(await section.locator('h2').textContent()).toContain(document.info.title);
      expect(await section.locator(`a[href="${api.name}.html"]`).first().isVisible()).toBe(true);
      expect(await section.textContent()).toContain(document.servers[0].url);
    }
    await page.screenshot({ path: new URL('docs-index.png', outputDir).pathname, fullPage: true });
    await page.locator('section#tomon a.open').click();
    await page.waitForURL(/tomon\.html$/);
    await page.locator('.menu-content').waitFor();
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], blockedRequests: [] });
    // The Tomon tests go on on the page the link opened.
    pages.set('tomon', { page, problems });
  });

  it.each(apis.map((api) => api.name))('%s.html shows every operation in the navigation, offline', async (name) => {
    const document = JSON.parse(readFileSync(new URL(`../generated/${name}/openapi.json`, import.meta.url), 'utf8'));
    const summaries = listOperations(document).map((operation) => operation.summary);
    expect(summaries.length).toBeGreaterThan(0);

    const { page, problems } = await apiPage(name);
    const menu = page.locator('.menu-content');
    await menu.locator('li[data-item-id*="/operation/"]').first().waitFor({ state: 'attached' });
    // Tag groups start collapsed and opening one closes the others: open each in turn, as a reader clicks, and read what
    // it shows. One script does every click (a Playwright action per tag took half a second each on KOOK's 24 tags).
    const visible = await menu.evaluate(async (root) => {
      const shown: string[] = [];
      const pause = () => new Promise((resolve) => setTimeout(resolve, 10));
      const isShown = (element: typeof root) => element.getClientRects().length > 0 && element.getBoundingClientRect().height > 0;
      const tags = [...root.querySelectorAll('li[data-item-id^="tag/"]:not([data-item-id*="/operation/"])')];
      if (tags.length === 0) throw new Error('no tag in the navigation');
      for (const tag of tags) {
        if (tag.getAttribute('aria-expanded') !== 'true') tag.querySelector<HTMLElement>(':scope > label')!.click();
        for (let waits = 0; !(tag.querySelector(':scope > ul') && isShown(tag.querySelector(':scope > ul')!)); waits++) {
          if (waits > 1000) throw new Error(`${tag.getAttribute('data-item-id')} did not open`);
          await pause();
        }
        for (const label of tag.querySelectorAll('li[data-item-id*="/operation/"] > label')) {
          if (isShown(label)) shown.push((label.querySelector('span:not(.operation-type)')?.textContent ?? '').trim());
        }
      }
      return shown;
    });
    expect(visible.filter((text) => summaries.includes(text)).sort()).toEqual([...summaries].sort());
    expect(await page.locator('.api-content h1').first().textContent()).toContain(document.info.title);
    await page.screenshot({ path: new URL(`docs-${name}.png`, outputDir).pathname });
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], blockedRequests: [] });
  });

  it('search works offline (Redoc runs its search index in a blob: worker)', async () => {
    const document = JSON.parse(readFileSync(new URL('../generated/tomon/openapi.json', import.meta.url), 'utf8'));
    const summary = listOperations(document)[0]!.summary;
    const { page, problems } = await apiPage('tomon');
    await page.locator('input.search-input').fill(summary.split(' ').slice(0, 2).join(' '));
    await page.locator('[data-role="search:results"]').getByText(summary, { exact: true }).first().waitFor();
    await page.locator('input.search-input').fill('');
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], blockedRequests: [] });
  });

  it.each([
    ['kook', '创建邀请链接', 'tag/invite/operation/createInvite'],
    ['kook', 'how long the invite stays valid', 'tag/invite/operation/createInvite'],
    ['mirai', '全体禁言', 'tag/group/operation/muteAll'],
  ])('%s.html: the search box finds "%s" (a Chinese title or a field description) and goes to the operation', async (name, query, anchor) => {
    const { page, problems } = await apiPage(name);
    await page.locator('.menu-content').waitFor();
    await toTop(page);
    const section = page.locator(`[data-section-id="${anchor}"]`);
    const atTop = () => section.evaluate((element) => Math.abs(element.getBoundingClientRect().top) < 200);
    expect(await atTop()).toBe(false);
    await page.locator('#botspec-search input').fill(query);
    const result = page.locator(`#botspec-results a[href="#${anchor}"]`);
    await result.waitFor();
    await result.click();
    await page.waitForURL(new RegExp(`#${anchor}$`));
    await expect.poll(atTop).toBe(true);
    await page.locator('#botspec-search input').fill('');
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], blockedRequests: [] });
  });

  it('kook.html shows the code samples, the variant titles and the mock\'s example names of an operation', async () => {
    const { page, problems } = await apiPage('kook');
    await page.evaluate("location.hash = '#tag/invite/operation/createInvite'");
    const section = page.locator('[data-section-id="tag/invite/operation/createInvite"]');
    await section.waitFor();
    await expect.poll(() => section.textContent()).toContain('To a guild (guild_id)');
    const text = (await section.textContent())!;
    expect(text).toContain('To a channel (channel_id)');
    expect(text).toContain('curl');
    expect(text).toContain('botspec');
    expect(text).toContain('Prefer: example=docExample');
    await section.getByRole('tab', { name: 'botspec' }).click();
    await expect.poll(() => section.textContent()).toContain('kook.createInvite({ guild_id: "91686000000" })');
    await page.screenshot({ path: new URL('docs-kook-createInvite.png', outputDir).pathname });
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], blockedRequests: [] });
  });

  it('mirai.html names each message chain element', async () => {
    const { page, problems } = await apiPage('mirai');
    await page.evaluate("location.hash = '#tag/message/operation/sendGroupMessage'");
    const section = page.locator('[data-section-id="tag/message/operation/sendGroupMessage"]');
    await section.waitFor();
    await section.getByText('messageChain', { exact: true }).first().click();
    await expect.poll(() => section.textContent()).toContain('AtAll');
    const text = (await section.textContent())!;
    for (const title of ['At', 'Face', 'Plain', 'Image', 'Xml']) expect(text).toContain(title);
    expect(text).not.toMatch(/objectobject/);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], blockedRequests: [] });
  });
});
