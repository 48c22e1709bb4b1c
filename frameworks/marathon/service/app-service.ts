// What the /v2 API does to apps: validate, stamp a version, plan the deployment from the current app set to the
// target, check deployment locks, and hand the plan to the DeploymentManager. Answers that are errors are thrown as
// ApiError with Marathon's status and body. Each change runs inside DeploymentManager.exclusive(), so two requests
// cannot both pass a lock check.
import type { Clock } from '../../../shared/clock/index.js';
import { normalizeApp, type AppDefinition, type ValidationDetail } from '../app-definition/index.js';
import type { DeploymentManager } from '../deployments/index.js';
import type { DeploymentPlan, Instance } from '../model/index.js';
import { ACTIVE_CONDITIONS } from '../model/index.js';
import { assignServicePorts } from '../placement/index.js';
import { dependencyProblems, isScaleOnlyChange, planDeployment, rollbackTarget } from '../planner/index.js';
import type { MarathonScheduler } from '../scheduler/index.js';
import type { DeploymentRecord, MarathonState } from '../state/index.js';
import { appAlreadyExists, appJson, appLocked, appNotFound, deploymentNotFound } from '../wire/index.js';
import { ApiError } from './api-error.js';
import { mergeAppUpdate, readOnlyFieldsRemoved } from './app-update.js';

export interface ChangeOptions {
  readonly force?: boolean;
}

export interface DeploymentResult {
  readonly deploymentId: string;
  readonly version: string;
}

export interface AppServiceOptions {
  readonly state: MarathonState;
  readonly deployments: DeploymentManager;
  readonly scheduler: MarathonScheduler;
  readonly clock: Clock;
  readonly newUuid: () => string;
  /** Marathon's --local_port_min/max. */
  readonly servicePorts?: { readonly min: number; readonly max: number };
  /** Marathon's --max_running_deployments (403 beyond it). */
  readonly maxRunningDeployments?: number;
}

const MAX_ROOT_VERSIONS = 50;
const VERSION_ONLY = "The 'version' field may only be combined with the 'id' field.";

export class AppService {
  private readonly options: AppServiceOptions;
  readonly state: MarathonState;

  constructor(options: AppServiceOptions) {
    this.options = options;
    this.state = options.state;
  }

  /** POST /v2/apps */
  async create(body: unknown, options: ChangeOptions): Promise<DeploymentResult & { app: AppDefinition }> {
    return this.options.deployments.exclusive(async () => {
      const app = this.validateApp(readOnlyFieldsRemoved(body), undefined);
      if (this.state.app(app.id) !== undefined) throw ApiError.from(appAlreadyExists(app.id));
      const result = await this.deployTarget(this.withApps([app]), options);
      return { ...result, app: this.state.app(app.id) ?? app };
    });
  }

  /** PUT /v2/apps/{id}: replace or merge (partialUpdate), roll back with {id, version}, or create. */
  async put(appId: string, body: unknown, options: ChangeOptions & { readonly partialUpdate: boolean }): Promise<DeploymentResult & { created: boolean }> {
    return this.options.deployments.exclusive(async () => {
      const current = this.state.app(appId);
      const rollbackTo = versionOnly(body);
      if (rollbackTo !== undefined) {
        if (current === undefined) throw ApiError.from(appNotFound(appId));
        const old = await this.state.repository.version(appId, rollbackTo);
        if (old === undefined) throw ApiError.from(appNotFound(appId, rollbackTo));
        return { ...await this.deployTarget(this.withApps([this.restamp(old, current)]), options), created: false };
      }
      const input = { ...readOnlyFieldsRemoved(body), id: appId };
      const merged = current !== undefined && options.partialUpdate ? mergeAppUpdate(appJson(current), input) : input;
      const app = this.validateApp(merged, current);
      return { ...await this.deployTarget(this.withApps([app]), options), created: current === undefined };
    });
  }

  /** PATCH /v2/apps/{id}: a partial update of an existing app. */
  async patch(appId: string, body: unknown, options: ChangeOptions): Promise<DeploymentResult> {
    if (this.state.app(appId) === undefined) throw ApiError.from(appNotFound(appId));
    return this.put(appId, body, { ...options, partialUpdate: true });
  }

  /** PUT / PATCH /v2/apps: several apps in one deployment. */
  async putMany(bodies: readonly unknown[], options: ChangeOptions & { readonly partialUpdate: boolean; readonly mustExist: boolean }): Promise<DeploymentResult> {
    return this.options.deployments.exclusive(async () => {
      const apps = bodies.map((body, index) => {
        const input = readOnlyFieldsRemoved(body);
        const id = typeof input.id === 'string' ? input.id : '';
        const current = this.state.app(id);
        if (current === undefined && options.mustExist) throw ApiError.from(appNotFound(id));
        const merged = current !== undefined && options.partialUpdate ? mergeAppUpdate(appJson(current), input) : input;
        try {
          return this.validateApp(merged, current);
        } catch (error) {
          throw error instanceof ApiError ? prefixDetails(error, `/${index}`) : error;
        }
      });
      return this.deployTarget(this.withApps(apps), options);
    });
  }

  /** DELETE /v2/apps/{id} */
  async remove(appId: string, options: ChangeOptions): Promise<DeploymentResult> {
    return this.options.deployments.exclusive(async () => {
      if (this.state.app(appId) === undefined) throw ApiError.from(appNotFound(appId));
      const target = this.currentApps();
      target.delete(appId);
      return this.deployTarget(target, options);
    });
  }

  /** POST /v2/apps/{id}/restart: a rolling replacement of every instance, per the upgrade strategy. */
  async restart(appId: string, options: ChangeOptions): Promise<DeploymentResult> {
    return this.options.deployments.exclusive(async () => {
      const current = this.state.app(appId);
      if (current === undefined) throw ApiError.from(appNotFound(appId));
      const version = this.now();
      const restarted: AppDefinition = { ...current, version, versionInfo: { lastScalingAt: version, lastConfigChangeAt: version } };
      return this.deployTarget(this.withApps([restarted]), options, new Set([appId]));
    });
  }

  /**
   * DELETE /v2/apps/{id}/tasks[/{taskId}] and POST /v2/tasks/delete. scale=true lowers the app's instance count by
   * the tasks killed (a deployment); wipe=true forgets the instances (new ones replace them); otherwise each task is
   * killed and its instance relaunched.
   */
  async killTasks(instances: readonly Instance[], options: ChangeOptions & { readonly scale: boolean; readonly wipe: boolean }): Promise<{ killed: Instance[]; deployment?: DeploymentResult }> {
    return this.options.deployments.exclusive(async () => {
      const killed = instances.filter((instance) => instance.taskId !== undefined && ACTIVE_CONDITIONS.has(instance.condition));
      if (options.scale) {
        const byApp = new Map<string, number>();
        for (const instance of killed) byApp.set(instance.appId, (byApp.get(instance.appId) ?? 0) + 1);
        const scaled = [...byApp].flatMap(([appId, count]) => {
          const app = this.state.app(appId);
          return app === undefined ? [] : [this.scaled(app, Math.max(0, app.instances - count))];
        });
        // The instances go first, so the scale action finds the count already right and kills no one else.
        await this.options.scheduler.decommission(killed);
        const deployment = await this.deployTarget(this.withApps(scaled), options);
        return { killed, deployment };
      }
      if (options.wipe) await this.options.scheduler.decommission(killed);
      else for (const instance of killed) this.options.scheduler.killForReplacement(instance);
      return { killed };
    });
  }

  /** PUT /v2/apps/{id} with {instances} only, used by the CLI's scale and by scale=true kills. */
  private scaled(app: AppDefinition, instances: number): AppDefinition {
    const version = this.now();
    return {
      ...app, instances, version,
      versionInfo: { lastScalingAt: version, lastConfigChangeAt: app.versionInfo?.lastConfigChangeAt ?? version },
    };
  }

  /** DELETE /v2/deployments/{id}: force=true cancels; otherwise a new deployment reverts this one's changes. */
  /** Runs `change` serialized with every other change (see DeploymentManager.exclusive). */
  async exclusive<T>(change: () => Promise<T>): Promise<T> {
    return this.options.deployments.exclusive(change);
  }

  async rollbackDeployment(id: string, force: boolean): Promise<DeploymentResult | undefined> {
    return this.options.deployments.exclusive(async () => {
      const record = this.state.deployment(id);
      if (record === undefined) throw ApiError.from(deploymentNotFound(id));
      if (force) {
        await this.options.deployments.cancel(id, 'canceled by the operator');
        return undefined;
      }
      const current = this.currentApps();
      const reverted = rollbackTarget(current, record.plan);
      for (const [appId, app] of reverted) {
        const now = current.get(appId);
        if (now !== app && now !== undefined) reverted.set(appId, this.restamp(app, now));
      }
      await this.options.deployments.cancel(id, 'rolled back');
      return this.deployTarget(reverted, { force: true });
    });
  }

  /** DELETE /v2/queue/{appId}/delay */
  resetDelay(appId: string): void {
    if (this.state.app(appId) === undefined) throw ApiError.from(appNotFound(appId));
    this.options.scheduler.resetDelay(appId);
  }

  // ---- shared steps

  /**
   * Normalizes and validates one app against the set it will join; gives it service ports and a new version.
   * Call inside exclusive() (the group service does).
   */
  validateApp(input: Record<string, unknown>, current: AppDefinition | undefined): AppDefinition {
    const result = normalizeApp(input);
    if ('errors' in result) throw new ApiError(422, { ...result.errors });
    const used = new Set<number>();
    for (const other of this.state.apps()) if (other.id !== result.app.id) for (const port of servicePortsOf(other)) used.add(port);
    const range = this.options.servicePorts ?? { min: 10_000, max: 20_000 };
    const assigned = assignServicePorts(result.app, used, { ...range, ...(current === undefined ? {} : { previous: current }) });
    if ('errors' in assigned) throw new ApiError(422, { ...assigned.errors });
    const version = this.now();
    const scaleOnly = current !== undefined && isScaleOnlyChange(current, assigned.app);
    return {
      ...assigned.app,
      version,
      versionInfo: {
        lastScalingAt: version,
        lastConfigChangeAt: scaleOnly ? current.versionInfo?.lastConfigChangeAt ?? version : version,
      },
    };
  }

  /**
   * `app` (an earlier definition) as the new current version. It keeps its own lastConfigChangeAt, so instances still
   * running that configuration are not restarted by the rollback.
   */
  restamp(app: AppDefinition, current: AppDefinition | undefined): AppDefinition {
    const version = this.now();
    const sameConfig = current !== undefined && isScaleOnlyChange(app, current);
    return {
      ...app, version,
      versionInfo: {
        lastScalingAt: version,
        lastConfigChangeAt: sameConfig ? current.versionInfo?.lastConfigChangeAt ?? version : app.versionInfo?.lastConfigChangeAt ?? version,
      },
    };
  }

  /** Plans and starts the deployment from the current apps to `target`. Call inside exclusive(). */
  async deployTarget(target: Map<string, AppDefinition>, options: ChangeOptions & { readonly dryRun?: boolean }, restart?: ReadonlySet<string>): Promise<DeploymentResult & { plan: DeploymentPlan }> {
    const problems = dependencyProblems(target);
    if (problems.length > 0) {
      const details: ValidationDetail[] = problems.map((problem) => ({ path: problem.path, errors: [problem.message] }));
      throw new ApiError(422, { message: 'Object is not valid', details });
    }
    const version = this.now();
    const plan = planDeployment({
      id: this.options.newUuid(), version, original: this.currentApps(), target, ...(restart === undefined ? {} : { restart }),
    }) ?? emptyPlan(this.options.newUuid(), version);
    if (options.dryRun === true) return { deploymentId: plan.id, version, plan };
    const conflicts = this.conflicting(plan);
    if (conflicts.length > 0) {
      if (options.force !== true) throw ApiError.from(appLocked(conflicts.map((record) => record.plan.id)));
      for (const record of conflicts) await this.options.deployments.cancel(record.plan.id, 'canceled by a forced change');
    } else if (this.state.deployments().length >= (this.options.maxRunningDeployments ?? 100)) {
      throw new ApiError(403, { message: `Max number of running deployments is exceeded. The limit is ${this.options.maxRunningDeployments ?? 100}.` });
    }
    // The app set at this version, for group versions and group rollback (Marathon keeps 50 root versions).
    await this.state.repository.saveRootVersion({
      version, apps: Object.fromEntries([...target].map(([appId, app]) => [appId, app.version ?? version])),
    }, MAX_ROOT_VERSIONS);
    await this.options.deployments.start(plan);
    // A new version starts without the launch delay its predecessor's failures built up (Marathon's rate limiter).
    for (const appId of plan.affectedApps) if (target.has(appId)) this.options.scheduler.resetDelay(appId);
    return { deploymentId: plan.id, version, plan };
  }

  private conflicting(plan: DeploymentPlan): DeploymentRecord[] {
    const affected = new Set(plan.affectedApps);
    return this.state.deployments().filter((record) => record.plan.affectedApps.some((appId) => affected.has(appId)));
  }

  currentApps(): Map<string, AppDefinition> {
    return new Map(this.state.apps().map((app) => [app.id, app]));
  }

  withApps(apps: readonly AppDefinition[]): Map<string, AppDefinition> {
    const target = this.currentApps();
    for (const app of apps) target.set(app.id, app);
    return target;
  }

  now(): string {
    return new Date(this.options.clock.now()).toISOString();
  }
}

function emptyPlan(id: string, version: string): DeploymentPlan {
  return { id, version, original: {}, target: {}, affectedApps: [], steps: [] };
}

/** The version of a `{"id": …, "version": V}` body (a rollback), undefined for any other body. */
function versionOnly(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || !('version' in body)) return undefined;
  const keys = Object.keys(body).filter((key) => key !== 'id');
  if (keys.length > 1) throw new ApiError(422, { message: 'Object is not valid', details: [{ path: '/', errors: [VERSION_ONLY] }] });
  const version = body.version;
  if (typeof version !== 'string') throw new ApiError(422, { message: 'Object is not valid', details: [{ path: '/version', errors: ['error.expected.jsstring'] }] });
  return version;
}

function servicePortsOf(app: AppDefinition): number[] {
  const fromMappings = (app.container?.portMappings ?? []).map((mapping) => mapping.servicePort);
  const fromDefinitions = app.requirePorts ? [] : app.portDefinitions.map((definition) => definition.port);
  return [...fromMappings, ...fromDefinitions].filter((port) => port > 0);
}

function prefixDetails(error: ApiError, prefix: string): ApiError {
  const details = Array.isArray(error.body.details) ? error.body.details as ValidationDetail[] : undefined;
  if (details === undefined) return error;
  return new ApiError(error.status, { ...error.body, details: details.map((detail) => ({ ...detail, path: `${prefix}${detail.path}` })) });
}
