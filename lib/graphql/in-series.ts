/**
 * Several Express handlers run as one. Given as a list to `app.use(path,
 * ...)`, each handler is a layer of its own: on every request the router
 * matches the path, rewrites `req.url` and parses it again per handler.
 * Run in series under one layer, the path is matched once; errors go on to
 * the error handlers as Express sends them (passed to `next`, thrown, or a
 * rejected promise).
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';

export function inSeries(handlers: readonly RequestHandler[]): RequestHandler {
  return (req: Request, res: Response, done: NextFunction) => {
    let index = 0;
    const next = (error?: unknown) => {
      if (error) return done(error);
      const handler = handlers[index];
      index += 1;
      if (!handler) return done();
      try {
        const result: unknown = handler(req, res, next);
        if (result instanceof Promise)
          result.catch((rejection: unknown) => done(rejection ?? new Error('Rejected promise')));
      } catch (thrown) {
        done(thrown);
      }
    };
    next();
  };
}
