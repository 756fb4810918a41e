/**
 * The reference dashboard for ministries at /dashboard: a static page and
 * one ES module (gateway/dashboard/) that draw the country overview with
 * Apache ECharts. Everything it loads comes from this gateway, nothing from
 * a CDN, so it works on a closed network:
 *
 * - /dashboard/vendor/echarts.js: ECharts' ES module build from the
 *   `echarts` npm package;
 * - /dashboard/operations/<name>.graphql: the committed operations of
 *   examples/, which the page sends to /graphql as any public caller would
 *   (so the dashboard is also a worked example of the API).
 *
 * Served whatever the introspection setting: it needs only the public API.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import express from 'express';
import { PROJECT_ROOT } from '../../lib/config.js';

/** The examples the page runs; anything else in examples/ is not served from here. */
export const DASHBOARD_OPERATIONS = ['overview', 'trends', 'funding'] as const;

const PAGE_DIRECTORY = path.join(PROJECT_ROOT, 'gateway', 'dashboard');

/** ECharts' ES module build (its package exports only the CommonJS entry to `require`, which lives in dist/ too). */
function echartsModule(): string {
  const main = createRequire(import.meta.url).resolve('echarts');
  return path.join(path.dirname(main), 'echarts.esm.min.js');
}

export function dashboardRoutes(): express.Router {
  const router = express.Router();
  const page = fs.readFileSync(path.join(PAGE_DIRECTORY, 'index.html'), 'utf8');
  const operations = new Map(
    DASHBOARD_OPERATIONS.map((name) => [
      `${name}.graphql`,
      fs.readFileSync(path.join(PROJECT_ROOT, 'examples', `${name}.graphql`), 'utf8'),
    ]),
  );
  const echarts = echartsModule();
  if (!fs.existsSync(echarts)) throw new Error(`The dashboard needs ${echarts}: run npm install`);

  // The page is small and may change with a deployment; the library is versioned by the lock file.
  router.get(['/dashboard', '/dashboard/'], (_req, res) => {
    res.set('cache-control', 'no-cache').type('html').send(page);
  });
  router.get('/dashboard/dashboard.js', (_req, res) => {
    res.set('cache-control', 'no-cache').sendFile(path.join(PAGE_DIRECTORY, 'dashboard.js'));
  });
  router.get('/dashboard/vendor/echarts.js', (_req, res) => {
    res.set('cache-control', 'public, max-age=3600').type('text/javascript').sendFile(echarts);
  });
  router.get('/dashboard/operations/:file', (req, res) => {
    const text = operations.get(req.params.file);
    if (text === undefined) {
      res
        .status(404)
        .type('text/plain')
        .send(`No such operation; the dashboard runs ${[...operations.keys()].join(', ')}`);
      return;
    }
    res.set('cache-control', 'no-cache').type('text/plain; charset=utf-8').send(text);
  });
  return router;
}
