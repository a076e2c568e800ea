/**
 * The HTTP server (restify): /api/messages for Teams, /healthz, and the JSON APIs for HR systems.
 * Route handlers are thin: they check the request and hand it to the dialogs or knowledge modules.
 */
import restify from 'restify';
import type { Application, TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import type { Logger } from './logger.js';
import { checkActivity } from './activityShape.js';
import { ROUTE_KEY } from './teamsApp.js';
import type { TurnContext } from 'botbuilder';

export interface ServerDeps {
  adapter: TeamsAdapter;
  app: Application<TurnState>;
  logger: Logger;
  version: string;
  mode: 'local' | 'authenticated';
  health(): Promise<{ readable: boolean; error?: string }>;
  /** Runs a (checked) activity's turn inside its tenant (bot/tenancy.ts), or refuses a tenant the bot does not serve. */
  runTurn(ctx: TurnContext, turn: () => Promise<unknown>): Promise<void>;
  /** Extra routes (assess, vacancies, reports), registered after the core ones. */
  routes?: Array<(server: restify.Server) => void>;
}

export function sendJson(res: restify.Response, status: number, body: unknown): void {
  res.status(status);
  res.header('content-type', 'application/json; charset=utf-8');
  res.send(body);
}

export function createServer(deps: ServerDeps): restify.Server {
  const server = restify.createServer({ name: 'inkluderingsveilederen', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 512 * 1024, rejectUnknown: false }));

  server.on('restifyError', (req: restify.Request, res: restify.Response, err: Error & { statusCode?: number }, next: () => void) => {
    // Body parser errors (malformed JSON, too large) keep restify's status but get our JSON shape.
    (err as unknown as { toJSON: () => unknown }).toJSON = () => ({ error: err.message || 'Bad request' });
    next();
  });

  server.post('/api/messages', async (req, res) => {
    const started = performance.now();
    if (deps.mode === 'authenticated' && !req.headers.authorization) {
      deps.logger.warn({ path: req.path() }, 'unsigned activity refused');
      return sendJson(res, 401, { error: 'Unauthorized: this bot requires a Bot Framework token' });
    }
    const check = checkActivity(req.body);
    if (!check.ok) {
      deps.logger.warn({ errors: check.errors }, 'malformed activity refused');
      return sendJson(res, 400, { error: 'Malformed activity', details: check.errors });
    }
    let route = 'none';
    let conversationId: string | undefined;
    try {
      await deps.adapter.process(req, res as never, async (ctx) => {
        conversationId = ctx.activity.conversation?.id;
        await deps.runTurn(ctx, () => deps.app.run(ctx));
        route = (ctx.turnState.get(ROUTE_KEY) as string | undefined) ?? (ctx.activity.type === 'message' ? 'message' : ctx.activity.type);
      });
    } catch (err) {
      deps.logger.error({ err }, 'adapter failed');
      if (!res.headersSent) sendJson(res, 500, { error: 'Internal error' });
    }
    deps.logger.info(
      { conversationId, type: (req.body as { type?: string }).type, route, status: res.statusCode, durationMs: Math.round((performance.now() - started) * 100) / 100 },
      'turn',
    );
  });

  server.get('/healthz', async (_req, res) => {
    const storage = await deps.health();
    sendJson(res, storage.readable ? 200 : 503, { status: storage.readable ? 'ok' : 'degraded', version: deps.version, mode: deps.mode, storage });
  });

  for (const register of deps.routes ?? []) register(server);
  return server;
}
