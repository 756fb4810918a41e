/**
 * POST /graphql, nearly every request a service gets, taken past Express's
 * router. The router matches every request against each layer in turn
 * (health, metrics, pages, CORS, the explorer's and the dashboard's routes)
 * before it reaches /graphql: in a CPU profile of the gateway under the
 * benchmark's tiny query that matching was 4% of the process's time, more
 * than Apollo's query planner. Every other method and path still goes
 * through the app.
 *
 * Express's `app.handle` also swaps the prototypes of each request and
 * response for its own (Object.setPrototypeOf, per request); here the HTTP
 * server creates them with Express's prototypes from the start
 * (http.createServer's IncomingMessage and ServerResponse options), and the
 * app still swaps them for the requests it handles.
 */
import http from 'node:http';
import type { ErrorRequestHandler, Express, Request, RequestHandler, Response } from 'express';
import finalhandler from 'finalhandler';

/** A POST to /graphql itself (with or without a query string); `/graphql/` and the rest go through the router. */
export function isGraphQLPost(req: http.IncomingMessage): boolean {
  if (req.method !== 'POST' || !req.url?.startsWith('/graphql')) return false;
  return req.url.length === 8 || req.url[8] === '?';
}

/**
 * An HTTP server whose POSTs to /graphql run `handler` as `graphqlApp` would
 * (its settings, Express's request and response methods) without a router;
 * errors go to `onError`, and what nobody answered gets Express's 404.
 * Everything else goes to `app`. `app` is given later (`serve`): the server
 * must exist before the app is built (Apollo's drain plugin holds it).
 */
export function graphqlFirstServer(graphqlApp: Express): {
  server: http.Server;
  serve: (app: Express, handler: RequestHandler, onError: ErrorRequestHandler) => void;
} {
  class GraphQLRequest extends http.IncomingMessage {}
  class GraphQLResponse extends http.ServerResponse<GraphQLRequest> {}
  Object.setPrototypeOf(GraphQLRequest.prototype, graphqlApp.request);
  Object.setPrototypeOf(GraphQLResponse.prototype, graphqlApp.response);

  let listener: http.RequestListener<typeof GraphQLRequest, typeof GraphQLResponse> = (_req, res) => {
    res.statusCode = 503;
    res.end();
  };
  const server = http.createServer<typeof GraphQLRequest, typeof GraphQLResponse>(
    { IncomingMessage: GraphQLRequest, ServerResponse: GraphQLResponse },
    (req, res) => listener(req, res),
  );
  const serve = (app: Express, handler: RequestHandler, onError: ErrorRequestHandler) => {
    listener = (req, res) => {
      if (!isGraphQLPost(req)) return app(req, res);
      const request = req as unknown as Request;
      const response = res as unknown as Response;
      request.res = response;
      response.req = request;
      request.originalUrl = req.url ?? '/graphql';
      // A plain object: Express's Object.create(null) is a slow-mode object, and nothing here reads inherited names.
      response.locals = {};
      const last = (error?: unknown) => finalhandler(req, res)(error);
      void handler(request, response, (error?: unknown) => {
        if (error === undefined || error === null) return last();
        onError(error, request, response, last);
      });
    };
  };
  return { server, serve };
}
