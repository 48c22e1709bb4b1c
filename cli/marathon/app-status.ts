// The STATUS column of `drover app list`, derived from the app and the launch queue the way Marathon's UI does,
// first match wins: a deployment in flight says more than anything else; an app scaled to 0 is Suspended; an app
// with instances still waiting in the launch queue is Waiting (for offers or a backoff delay); otherwise Running.
import type { AppView } from './app-view.js';
import type { QueueItemView } from './queue-view.js';

export type AppStatus = 'Deploying' | 'Suspended' | 'Waiting' | 'Running';

export function appStatus(app: Pick<AppView, 'id' | 'deployments' | 'instances'>, queue: readonly QueueItemView[]): AppStatus {
  if (app.deployments.length > 0) return 'Deploying';
  if (app.instances === 0) return 'Suspended';
  if (queue.some((item) => item.runSpecId === app.id && item.count > 0)) return 'Waiting';
  return 'Running';
}
