// One logger factory for every Drover process: pino, JSON lines to stderr, level from DROVER_LOG_LEVEL.
import { pino, type Logger } from 'pino';

export type { Logger };

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export function createLogger(component: string, level?: LogLevel): Logger {
  const chosen = level ?? (process.env['DROVER_LOG_LEVEL'] as LogLevel | undefined) ?? 'info';
  return pino({ name: component, level: chosen }, pino.destination(2));
}

/** A logger that drops everything, for tests and embedded use. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
