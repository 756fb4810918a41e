/**
 * Exploring the API in a browser, with or without internet:
 *
 * - `/explorer/`: Altair (the altair-static npm package: a prebuilt app
 *   whose every file is served from here, nothing from a CDN): the
 *   documented schema, queries with variables, and a headers editor for
 *   `Authorization: Bearer <token>`;
 * - `GET /graphql` from a browser: a small page of our own linking to the
 *   explorer, the dashboard, and Apollo Sandbox (hosted by Apollo, so it
 *   needs internet), which replaces Apollo Server's landing page (that page
 *   loads its scripts from Apollo's CDN and shows nothing offline);
 * - CORS for the hosted Sandbox's origins, so it can call this gateway.
 *
 * Served only while introspection is allowed: an explorer without a schema
 * is no use.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { RenderOptions } from 'altair-static';
import cors from 'cors';
import express, { type Request, type RequestHandler } from 'express';
import { PROJECT_ROOT } from '../../lib/config.js';

/** Where Apollo's hosted Sandbox and its embeddable variants run. */
export const SANDBOX_ORIGINS = [
  'https://studio.apollographql.com',
  'https://sandbox.embed.apollographql.com',
  'https://explorer.embed.apollographql.com',
];

/** CORS on /graphql for Apollo Sandbox: its requests carry JSON, a token, and Apollo's own headers. */
export function sandboxCors(): RequestHandler {
  const exposed = ['x-request-id', 'ratelimit', 'ratelimit-policy', 'retry-after'];
  const allow = cors({
    origin: SANDBOX_ORIGINS,
    methods: ['GET', 'POST'],
    allowedHeaders: [
      'content-type',
      'authorization',
      'accept-language',
      'apollo-require-preflight',
      'x-apollo-operation-name',
      'apollographql-client-name',
      'apollographql-client-version',
      'x-request-id',
    ],
    exposedHeaders: exposed,
    maxAge: 600,
  });
  const exposedHeader = exposed.join(',');
  return (req, res, next) => {
    if (req.path !== '/graphql' && req.path !== '/graphql/') return next();
    // Most calls are not a browser's from another origin: they get the two headers cors gives them, without its per-request work.
    if (req.headers.origin === undefined && req.method !== 'OPTIONS') {
      res.vary('Origin');
      res.setHeader('Access-Control-Expose-Headers', exposedHeader);
      return next();
    }
    return allow(req, res, next);
  };
}

// Altair (~7 MB of heap) is loaded on the first visit to the explorer, not in every gateway that never shows it.
const importAltair = () => import('altair-static');
let altair: ReturnType<typeof importAltair> | undefined;
const loadAltair = () => (altair ??= importAltair());

const OVERVIEW = fs.readFileSync(path.join(PROJECT_ROOT, 'examples', 'overview.graphql'), 'utf8');

function altairOptions(): RenderOptions {
  return {
    baseURL: '/explorer/',
    endpointURL: '/graphql',
    initialName: 'civic-graph',
    initialQuery: OVERVIEW,
    // The options travel in a script file of their own, so the page needs no inline script.
    serveInitialOptionsInSeperateRequest: true,
    initialSettings: { theme: 'light', 'plugin.list': [], 'alert.disableUpdateNotification': true },
  };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The address clients use, from the request (behind a proxy, trust proxy decides what req.protocol says). */
function endpointOf(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}/graphql`;
}

function landingPage(endpoint: string): string {
  const sandbox = `https://studio.apollographql.com/sandbox/explorer?endpoint=${encodeURIComponent(endpoint)}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>civic-graph API</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}a{display:block;margin:.6rem 0}</style>
</head><body>
<h1>civic-graph API</h1>
<p>GraphQL endpoint: <code>${escapeHtml(endpoint)}</code></p>
<a id="explorer" href="/explorer/">Explorer: schema, queries and headers (works offline)</a>
<a id="dashboard" href="/dashboard">Dashboard: the country overview</a>
<a id="sandbox" href="${escapeHtml(sandbox)}">Apollo Sandbox (needs internet)</a>
</body></html>`;
}

/** The explorer's routes and the browser landing page of /graphql. */
export function explorerRoutes(): express.Router {
  const router = express.Router();
  const options = altairOptions();
  router.get('/graphql', (req, res, next) => {
    // Only a browser asking for a page; GraphQL over GET (a `query` parameter) goes on to Apollo.
    if (req.query.query !== undefined || req.accepts(['application/json', 'text/html']) !== 'text/html') return next();
    res.type('html').send(landingPage(endpointOf(req)));
  });
  // Express matches /explorer and /explorer/ alike; the app's relative asset paths need the slash.
  router.get('/explorer', (req, res, next) => {
    if (!req.originalUrl.split('?')[0]!.endsWith('/')) return res.redirect(301, '/explorer/');
    loadAltair().then(({ renderAltair }) => void res.type('html').send(renderAltair(options)), next);
  });
  router.get('/explorer/initial_options.js', (_req, res, next) => {
    loadAltair().then(
      ({ renderInitSnippet }) => void res.type('text/javascript').send(renderInitSnippet(options)),
      next,
    );
  });
  let assets: RequestHandler | undefined;
  router.use('/explorer', (req, res, next) => {
    loadAltair().then(({ getDistDirectory }) => {
      assets ??= express.static(getDistDirectory(), { fallthrough: false, maxAge: '1h' });
      assets(req, res, next);
    }, next);
  });
  return router;
}
