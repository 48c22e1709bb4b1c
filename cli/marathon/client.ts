// An HTTP client for a Marathon-compatible /v2 API (reference/marathon.md §8). Every method returns the body as
// Marathon sent it (`json`, for `-o json`) next to the views the CLI renders. Any URL works: Drover's framework,
// a real Marathon, or a proxy in front of either.
import { appPath } from './app-id.js';
import { formatHttpError, formatUnreachable, MarathonApiError } from './api-error.js';
import { readApp, readApps, readTask, readTasks, type AppView, type TaskView } from './app-view.js';
import {
  readDeploymentResult, readDeployments, type DeploymentResult, type DeploymentView,
} from './deployment-view.js';
import { asObject, readStrings } from './json-read.js';
import { readQueue, type QueueItemView } from './queue-view.js';

export interface MarathonClientOptions {
  /** Per request; the watch loop polls, so one hung request must not hang the command. Default 30 s. */
  requestTimeoutMs?: number;
}

export interface HttpAnswer {
  status: number;
  body: unknown;
  headers: Headers;
}

type Query = Record<string, string | boolean | undefined>;

export interface ForceOption { force?: boolean }

export class MarathonClient {
  readonly baseUrl: string;
  private readonly requestTimeoutMs: number;

  constructor(baseUrl: string, options: MarathonClientOptions = {}) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
    this.requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
  }

  /** One call; a status ≥ 400 or a network failure throws MarathonApiError worded for the user. */
  async request(method: string, path: string, options: { query?: Query; body?: unknown } = {}): Promise<HttpAnswer> {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined && value !== false) search.append(key, String(value));
    }
    const pathWithQuery = search.size === 0 ? path : `${path}?${search.toString()}`;
    let response: Response;
    let text: string;
    try {
      response = await fetch(`${this.baseUrl}${pathWithQuery}`, {
        method,
        headers: { accept: 'application/json', ...(options.body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
        signal: AbortSignal.timeout(this.requestTimeoutMs),
      });
      text = await response.text();
    } catch (error) {
      throw new MarathonApiError(formatUnreachable(this.baseUrl, method, pathWithQuery, error), { cause: error });
    }
    const body = parseBody(text);
    if (response.status >= 400) {
      throw new MarathonApiError(formatHttpError(method, pathWithQuery, response.status, body), { status: response.status, body });
    }
    return { status: response.status, body, headers: response.headers };
  }

  async listApps(): Promise<{ json: unknown; apps: AppView[] }> {
    const { body } = await this.request('GET', '/v2/apps', { query: { embed: 'apps.counts' } });
    return { json: body, apps: readApps(asObject(body)?.apps) };
  }

  async getApp(appId: string): Promise<{ json: unknown; app: AppView }> {
    const path = `/v2/apps/${appPath(appId)}`;
    const { body } = await this.request('GET', path);
    const app = readApp(asObject(body)?.app);
    if (app === undefined) throw unexpected('GET', path, body);
    return { json: body, app };
  }

  /** POST /v2/apps: Marathon answers 201 with the AppInfo and the deployment id in `Marathon-Deployment-Id`. */
  async createApp(definition: unknown, options: ForceOption = {}): Promise<{ json: unknown; appId: string; deploymentId: string }> {
    const { body, headers } = await this.request('POST', '/v2/apps', { query: { force: options.force }, body: definition });
    const app = readApp(body);
    const deploymentId = headers.get('marathon-deployment-id') ?? app?.deployments[0];
    if (app === undefined || deploymentId === undefined) throw unexpected('POST', '/v2/apps', body);
    return { json: body, appId: app.id, deploymentId };
  }

  /** PUT /v2/apps/{id}: `partialUpdate` (default true) merges `patch` into the app; false replaces it. */
  async updateApp(appId: string, patch: unknown, options: ForceOption & { partialUpdate?: boolean } = {}): Promise<DeploymentAnswer> {
    const path = `/v2/apps/${appPath(appId)}`;
    const query = { force: options.force, partialUpdate: String(options.partialUpdate ?? true) };
    return deploymentAnswer('PUT', path, await this.request('PUT', path, { query, body: patch }));
  }

  async restartApp(appId: string, options: ForceOption = {}): Promise<DeploymentAnswer> {
    const path = `/v2/apps/${appPath(appId)}/restart`;
    return deploymentAnswer('POST', path, await this.request('POST', path, { query: { force: options.force } }));
  }

  async removeApp(appId: string, options: ForceOption = {}): Promise<DeploymentAnswer> {
    const path = `/v2/apps/${appPath(appId)}`;
    return deploymentAnswer('DELETE', path, await this.request('DELETE', path, { query: { force: options.force } }));
  }

  async appTasks(appId: string): Promise<{ json: unknown; tasks: TaskView[] }> {
    const { body } = await this.request('GET', `/v2/apps/${appPath(appId)}/tasks`);
    return { json: body, tasks: readTasks(asObject(body)?.tasks) };
  }

  async appVersions(appId: string): Promise<{ json: unknown; versions: string[] }> {
    const { body } = await this.request('GET', `/v2/apps/${appPath(appId)}/versions`);
    return { json: body, versions: readStrings(asObject(body), 'versions') };
  }

  /**
   * DELETE /v2/apps/{id}/tasks/{taskId}. Without `scale` Marathon replaces the task and answers with it; with
   * `scale` it lowers `instances` by one, which is a deployment.
   */
  async killTask(appId: string, taskId: string, options: ForceOption & { scale?: boolean; wipe?: boolean } = {}): Promise<{
    json: unknown; deployment: DeploymentResult | undefined; killed: TaskView[];
  }> {
    const path = `/v2/apps/${appPath(appId)}/tasks/${encodeURIComponent(taskId)}`;
    const { body } = await this.request('DELETE', path, { query: { scale: options.scale, wipe: options.wipe, force: options.force } });
    const object = asObject(body);
    const single = readTask(object?.task);
    return {
      json: body,
      deployment: readDeploymentResult(body),
      killed: single === undefined ? readTasks(object?.tasks) : [single],
    };
  }

  async listDeployments(): Promise<{ json: unknown; deployments: DeploymentView[] }> {
    const { body } = await this.request('GET', '/v2/deployments');
    return { json: body, deployments: readDeployments(body) };
  }

  /**
   * DELETE /v2/deployments/{id}: without `force` Marathon starts a rollback deployment (200 with its id); with
   * `force` it only cancels (202, no new deployment).
   */
  async deleteDeployment(deploymentId: string, options: ForceOption = {}): Promise<{ json: unknown; rollback: DeploymentResult | undefined }> {
    const path = `/v2/deployments/${encodeURIComponent(deploymentId)}`;
    const { body } = await this.request('DELETE', path, { query: { force: options.force } });
    return { json: body, rollback: readDeploymentResult(body) };
  }

  async queue(): Promise<{ json: unknown; items: QueueItemView[] }> {
    const { body } = await this.request('GET', '/v2/queue', { query: { embed: 'lastUnusedOffers' } });
    return { json: body, items: readQueue(body) };
  }
}

export interface DeploymentAnswer extends DeploymentResult {
  json: unknown;
}

function deploymentAnswer(method: string, path: string, answer: HttpAnswer): DeploymentAnswer {
  const result = readDeploymentResult(answer.body);
  const deploymentId = result?.deploymentId ?? answer.headers.get('marathon-deployment-id') ?? undefined;
  if (deploymentId === undefined) throw unexpected(method, path, answer.body);
  return { json: answer.body, deploymentId, version: result?.version };
}

function parseBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function unexpected(method: string, path: string, body: unknown): MarathonApiError {
  const shown = JSON.stringify(body) ?? 'an empty body';
  return new MarathonApiError(`${method} ${path}: unexpected answer ${shown.slice(0, 300)}`, { body });
}
