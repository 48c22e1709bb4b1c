// The logging shape the agent needs. A pino logger fits it, so the CLI passes its own; tests pass nothing.
export interface Logger {
  debug(objectOrMessage: object | string, message?: string): void;
  info(objectOrMessage: object | string, message?: string): void;
  warn(objectOrMessage: object | string, message?: string): void;
  error(objectOrMessage: object | string, message?: string): void;
}

const ignore = (): void => undefined;

export const silentLogger: Logger = { debug: ignore, info: ignore, warn: ignore, error: ignore };
