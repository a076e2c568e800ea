/**
 * The HTTP server (restify): /api/messages for Teams, /healthz, and the JSON APIs for HR systems.
 * Route handlers are thin: they check the request and hand it to the dialogs or knowledge modules.
 *
 * Limits hold before any authentication: no global body parser (each route reads its own body, after
 * its own check, bounded and never inflated), compressed, multipart and other non-JSON bodies are
 * refused before a byte is read, and in local mode a request a web page could send (an Origin header,
 * a Host that is not this machine) is refused.
 */
import restify from 'restify';
import type { Activity } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import type { CheckedTeamsAdapter } from './adapter.js';
import type { Logger } from './logger.js';
import { channelAllowed, checkActivity, fixTimestamps } from './activityShape.js';
import { readJsonBody, type BodyResult } from './httpBody.js';
import { ROUTE_KEY } from './teamsApp.js';
import type { TurnContext } from 'botbuilder';

export interface ServerDeps {
  adapter: CheckedTeamsAdapter;
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

/** Answers a body that could not be read; an oversized one also closes the connection (its rest is not read). */
export function sendBodyError(res: restify.Response, r: Extract<BodyResult, { ok: false }>): void {
  if (r.status === 413) res.header('connection', 'close');
  sendJson(res, r.status, { error: r.error });
}

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];
const isLoopbackAddress = (a: string | undefined): boolean => !!a && (a === '::1' || a.startsWith('127.') || a.startsWith('::ffff:127.'));

/** In local mode, a request that reached a loopback socket must also name this machine (against DNS rebinding). */
export function hostAllowed(host: string | undefined, localPort: number | undefined): boolean {
  if (!host) return false;
  const h = host.trim().toLowerCase();
  return LOOPBACK_NAMES.some((name) => h === name || h === `${name}:${localPort}`);
}

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/** The media type of a content-type header, without parameters, lower case. */
const mediaType = (header: string | undefined): string => (header ?? '').split(';')[0].trim().toLowerCase();

/**
 * One warning line per refused request, at most `perMinute` a minute; the rest are counted and the
 * count is logged with the next line, so a flood of forged requests cannot flood the log.
 */
export function refusalLog(logger: Logger, perMinute = 30, now: () => number = Date.now) {
  let windowStart = now();
  let logged = 0;
  let suppressed = 0;
  return (fields: Record<string, unknown>, message: string): void => {
    const t = now();
    if (t - windowStart >= 60_000) {
      windowStart = t;
      logged = 0;
    }
    if (logged >= perMinute) {
      suppressed++;
      return;
    }
    logged++;
    logger.warn(suppressed ? { ...fields, suppressedBefore: suppressed } : fields, message);
    suppressed = 0;
  };
}

/** A short, fixed reason for a refused token: the error's class, never its message or stack. */
function tokenFailure(err: unknown): string {
  const name = err instanceof Error ? err.name : typeof err;
  return /^[A-Za-z]{1,40}$/.test(name) ? name : 'Error';
}

export function createServer(deps: ServerDeps): restify.Server {
  const server = restify.createServer({ name: 'inkluderingsveilederen', handleUncaughtExceptions: false });
  const refused = refusalLog(deps.logger);

  server.pre((req: restify.Request, res: restify.Response, next: restify.Next) => {
    const deny = (status: number, error: string, reason: string) => {
      refused({ path: req.path(), status, reason }, 'request refused');
      res.header('connection', 'close');
      sendJson(res, status, { error });
      return next(false);
    };
    // Nothing the bot serves is meant for a web page; a browser sends Origin on cross-site requests.
    if (req.headers.origin !== undefined) return deny(403, 'Requests from web pages are not accepted', 'origin header');
    if (deps.mode === 'local' && isLoopbackAddress(req.socket.localAddress) && !hostAllowed(req.headers.host, req.socket.localPort)) {
      return deny(403, 'Host not accepted: use 127.0.0.1 or localhost', 'host header');
    }
    const encoding = (req.headers['content-encoding'] ?? '').trim().toLowerCase();
    if (encoding && encoding !== 'identity') return deny(415, 'Compressed bodies are not accepted: send plain JSON', 'content-encoding');
    if (BODY_METHODS.has(req.method ?? '') && mediaType(req.headers['content-type']) !== 'application/json') {
      return deny(415, 'Only application/json bodies are accepted', 'content-type');
    }
    return next();
  });
  server.use(restify.plugins.queryParser({ mapParams: false }));

  server.on('restifyError', (req: restify.Request, res: restify.Response, err: Error & { statusCode?: number }, next: () => void) => {
    (err as unknown as { toJSON: () => unknown }).toJSON = () => ({ error: (err.statusCode ?? 500) < 500 ? err.message || 'Bad request' : 'Internal error' });
    next();
  });

  server.post('/api/messages', async (req, res) => {
    const started = performance.now();
    const authHeader = req.headers.authorization ?? '';
    if (deps.mode === 'authenticated' && !authHeader.trim()) {
      refused({ path: '/api/messages', status: 401, reason: 'no token' }, 'activity refused');
      return sendJson(res, 401, { error: 'Unauthorized: this bot requires a Bot Framework token' });
    }
    const body = await readJsonBody(req);
    if (!body.ok) return sendBodyError(res, body);
    const check = checkActivity(body.json);
    if (!check.ok) {
      refused({ path: '/api/messages', status: 400, errors: check.errors.slice(0, 5).map((e) => e.path) }, 'malformed activity refused');
      return sendJson(res, 400, { error: 'Malformed activity', details: check.errors.slice(0, 20) });
    }
    const activity = fixTimestamps(body.json as Record<string, unknown>) as unknown as Activity;

    let auth;
    try {
      auth = await deps.adapter.authenticate(activity, authHeader, (line) => deps.logger.trace({ library: line }, 'token library output'));
    } catch (err) {
      const detail = err instanceof Error ? err.message.split('\n')[0].slice(0, 160) : undefined;
      refused({ path: '/api/messages', status: 401, reason: tokenFailure(err), detail }, 'activity refused: token not valid');
      return sendJson(res, 401, { error: 'Unauthorized: this bot requires a valid Bot Framework token' });
    }
    if (!channelAllowed(activity.channelId, deps.mode)) {
      refused({ path: '/api/messages', status: 403, reason: 'channel', channelId: activity.channelId.slice(0, 40) }, 'activity refused: not from Teams');
      return sendJson(res, 403, { error: 'Only activities from Microsoft Teams are accepted' });
    }

    let route = 'none';
    let status: number;
    try {
      const invoke = await deps.adapter.run(auth, activity, async (ctx) => {
        await deps.runTurn(ctx, () => deps.app.run(ctx));
        route = (ctx.turnState.get(ROUTE_KEY) as string | undefined) ?? (ctx.activity.type === 'message' ? 'message' : ctx.activity.type);
      });
      status = invoke?.status ?? 200;
      res.status(status);
      if (invoke?.body !== undefined) res.send(invoke.body);
      else res.end();
    } catch (err) {
      deps.logger.error({ err }, 'adapter failed');
      status = 500;
      if (!res.headersSent) sendJson(res, 500, { error: 'Internal error' });
    }
    deps.logger.info({ conversationId: activity.conversation?.id, type: activity.type, route, status, durationMs: Math.round((performance.now() - started) * 100) / 100 }, 'turn');
  });

  // Public: says only whether the bot can read and write its data; the reason goes to the log.
  let lastHealthError: string | undefined;
  server.get('/healthz', async (_req, res) => {
    const storage = await deps.health();
    if (storage.error !== lastHealthError) {
      lastHealthError = storage.error;
      if (storage.error) deps.logger.error({ storageError: storage.error }, 'storage not healthy');
    }
    sendJson(res, storage.readable ? 200 : 503, { status: storage.readable ? 'ok' : 'degraded', version: deps.version, mode: deps.mode, storage: { readable: storage.readable } });
  });

  for (const register of deps.routes ?? []) register(server);
  return server;
}
