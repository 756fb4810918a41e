/**
 * A real headless Chromium from npm (@sparticuz/chromium ships the binary in
 * the package; puppeteer-core drives it), launched once per test file. Every
 * page refuses requests to any host but loopback, as on a closed ministry
 * network, and keeps the list of what it refused. Screenshots go to
 * test-results/screenshots/, kept as CI artifacts.
 */
import fs from 'node:fs';
import path from 'node:path';
import chromium from '@sparticuz/chromium';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { PROJECT_ROOT } from '../../lib/config.js';

export const SCREENSHOTS = path.join(PROJECT_ROOT, 'test-results', 'screenshots');

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export async function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({
    args: chromium.args,
    executablePath: await chromium.executablePath(),
    headless: true,
    defaultViewport: { width: 1400, height: 900 },
  });
}

export interface OfflinePage {
  page: Page;
  /** URLs the page tried to reach beyond loopback (all refused). */
  refused: string[];
  /** Errors the page's scripts threw. */
  pageErrors: string[];
}

export async function offlinePage(browser: Browser): Promise<OfflinePage> {
  const page = await browser.newPage();
  const refused: string[] = [];
  const pageErrors: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || LOOPBACK.has(url.hostname)) {
      void request.continue();
    } else {
      refused.push(request.url());
      void request.abort('internetdisconnected');
    }
  });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  return { page, refused, pageErrors };
}

export async function screenshot(page: Page, name: string, { fullPage = false } = {}): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

/** Waits until the page's visible text contains the text (innerText, so what a reader sees). */
export async function waitForText(page: Page, text: string, timeout = 30_000): Promise<void> {
  await page.waitForFunction(`document.body.innerText.includes(${JSON.stringify(text)})`, { timeout });
}
