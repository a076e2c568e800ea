import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs. Message text from users is never logged at info level. */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino({ level, base: { app: 'inkluderingsveilederen' } }, destination as never);
}
