// Reads whose "not found" is an answer, not a fault.
import { MarathonApiError } from './api-error.js';
import type { AppView } from './app-view.js';
import type { MarathonClient } from './client.js';
import type { QueueItemView } from './queue-view.js';

/** A server without a launch queue (404/501) shows no queued apps: STATUS never says Waiting, placement never fails. */
export async function readQueueOrNothing(client: MarathonClient): Promise<QueueItemView[]> {
  try {
    return (await client.queue()).items;
  } catch (error) {
    if (error instanceof MarathonApiError && (error.status === 404 || error.status === 501)) return [];
    throw error;
  }
}

/** An app being removed answers 404 while its deployment runs. */
export async function readAppOrNothing(client: MarathonClient, appId: string): Promise<AppView | undefined> {
  try {
    return (await client.getApp(appId)).app;
  } catch (error) {
    if (error instanceof MarathonApiError && error.status === 404) return undefined;
    throw error;
  }
}
