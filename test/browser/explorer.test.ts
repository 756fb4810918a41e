/**
 * The explorer in a real browser with internet refused: the gateway's page
 * for browsers links to it and to Apollo Sandbox, the explorer loads from
 * the gateway alone, shows the documented schema, runs the overview query
 * on the demo data, and sends the Authorization header typed into its
 * headers editor (the gateway's request log shows it verified the token).
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Browser } from 'puppeteer-core';
import { authHeaders, startFederation, type Federation } from '../support/federation.js';
import { launchBrowser, offlinePage, screenshot, waitForText } from '../support/browser.js';

let federation: Federation;
let browser: Browser;
let origin: string;
/** The gateway's and subgraphs' log lines, to see the requests as the gateway saw them. */
const logLines: Record<string, unknown>[] = [];

beforeAll(async () => {
  const logs = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean))
        logLines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  [federation, browser] = await Promise.all([startFederation({ logs }), launchBrowser()]);
  origin = new URL(federation.gatewayUrl).origin;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await federation?.stop();
});

describe('the explorer, offline', () => {
  test('GET /graphql in a browser links to the explorer, the dashboard and Apollo Sandbox', async () => {
    const { page, refused } = await offlinePage(browser);
    const response = await page.goto(`${origin}/graphql`, { waitUntil: 'networkidle0' });
    expect(response?.status()).toBe(200);
    const links = await page.$$eval('a', (anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(links).toContain('/explorer/');
    expect(links).toContain('/dashboard');
    expect(links).toContain(
      `https://studio.apollographql.com/sandbox/explorer?endpoint=${encodeURIComponent(`${origin}/graphql`)}`,
    );
    expect(refused).toEqual([]);
    await screenshot(page, 'graphql-landing');
    await page.close();
  });

  test('loads, shows the schema, runs a query, and sends the headers set in its editor', async () => {
    const { page, refused, pageErrors } = await offlinePage(browser);
    const sent: { authorization?: string }[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/graphql' && request.method() === 'POST') sent.push(request.headers());
    });
    await page.goto(`${origin}/explorer/`, { waitUntil: 'networkidle0', timeout: 60_000 });

    await page.locator('::-p-text(Docs)').click();
    await waitForText(page, 'ROOT TYPES');
    // The docs panel lists the root types; the Query type's page lists its fields with their descriptions.
    await page.locator('.doc-viewer-item ::-p-text(Query)').click();
    await waitForText(page, "Kazakhstan's 20 top-level regions");
    await screenshot(page, 'explorer-docs');

    // An analyst's token typed into the headers editor's first row (two CodeMirror fields).
    const { authorization } = await authHeaders(federation.env, 'analyst', false);
    await page.locator('::-p-text(Set Headers)').click();
    await waitForText(page, 'Add, edit and remove headers in your request');
    await page.locator('.headers-editor__list-item .cm-content[aria-placeholder="Header key"]').click();
    // sendCharacter inserts the text at once: typing a JWT key by key re-renders the editor 200 times.
    await page.keyboard.sendCharacter('Authorization');
    await page.locator('.headers-editor__list-item .cm-content[aria-placeholder="Header value"]').click();
    await page.keyboard.sendCharacter(authorization!);
    await screenshot(page, 'explorer-headers');
    await page.locator('.app-dialog-footer ::-p-text(Done)').click();

    logLines.length = 0;
    sent.length = 0;
    await page.locator('::-p-text(Send Request)').click();
    await waitForText(page, '"total": 18000');
    await screenshot(page, 'explorer-result');

    // The browser sent it, and the gateway verified it: its log line for the operation names the analyst role.
    expect(sent.map((headers) => headers.authorization)).toContain(authorization);
    const seen = logLines.filter((line) => line.path === '/graphql' && line.operation === 'Overview');
    expect(seen.map((line) => line.role)).toEqual(['analyst']);

    expect(refused).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 120_000);
});
