/**
 * POST /graphql, nearly every request a service gets, taken past Express's
 * router. The router matches every request against each layer in turn
 * (health, metrics, pages, CORS, the explorer's and the dashboard's routes)
 * before it reaches /graphql: in a CPU profile of the gateway under the
 * benchmark's tiny query that matching was 4% of the process's time, more
 * than Apollo's query planner. Here the request gets what Express's
 * `app.handle` gives it before its router runs (the request and response
 * methods, `res.locals`) and goes straight to the handlers; every other
 * method and path still goes through the app.
 */
import type http from 'node:http';
import type { ErrorRequestHandler, Express, Request, RequestHandler, Response } from 'express';
import finalhandler from 'finalhandler';

/** A POST to /graphql itself (with or without a query string); `/graphql/` and the rest go through the router. */
export function isGraphQLPost(req: http.IncomingMessage): boolean {
  if (req.method !== 'POST' || !req.url?.startsWith('/graphql')) return false;
  return req.url.length === 8 || req.url[8] === '?';
}

/** Runs `handler` as `app` would, without its router; errors go to `onError`, and what nobody answered gets Express's 404. */
export function pastTheRouter(
  app: Express,
  handler: RequestHandler,
  onError: ErrorRequestHandler,
): http.RequestListener {
  return (req, res) => {
    const request = Object.setPrototypeOf(req, app.request) as Request;
    const response = Object.setPrototypeOf(res, app.response) as Response;
    request.res = response;
    response.req = request;
    request.originalUrl = request.url;
    response.locals = Object.create(null) as Response['locals'];
    const last = (error?: unknown) => finalhandler(req, res)(error);
    void handler(request, response, (error?: unknown) => {
      if (error === undefined || error === null) return last();
      onError(error, request, response, last);
    });
  };
}
