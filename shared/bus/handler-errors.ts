// What happens when a subscription handler throws. A throw must not escape into the transport (in nats.js it would
// unwind through the protocol parser), so both buses catch it and hand it here.

export type HandlerErrorListener = (error: unknown, subject: string) => void;

/** The default: rethrow on a fresh stack, so a bug in a handler is an uncaught exception like any other. */
export const rethrowHandlerError: HandlerErrorListener = (error) => {
  setImmediate(() => {
    throw error;
  });
};
