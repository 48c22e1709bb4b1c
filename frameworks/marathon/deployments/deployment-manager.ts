// Runs deployment plans: steps in order, the actions of a step together, each action re-evaluated after every change
// of its app's instances until it is done (see action-progress.ts). Apps that no deployment touches are held at their
// instance count by the same evaluation (Marathon's scale check). A plan is written to the store before its apps
// change, and its progress after each step, so a restarted framework resumes where it stopped.
import type { Logger } from 'pino';
import type { AppDefinition } from '../app-definition/index.js';
import type { DeploymentPlan, Instance } from '../model/index.js';
import type { MarathonScheduler } from '../scheduler/marathon-scheduler.js';
import type { DeploymentRecord, MarathonState } from '../state/index.js';
import { evaluateAction, type InstanceJudge } from './action-progress.js';

export interface DeploymentObserver {
  started(record: DeploymentRecord): void;
  stepSucceeded(record: DeploymentRecord): void;
  succeeded(record: DeploymentRecord): void;
  /** Cancelled with force, or replaced by a rollback. */
  failed(record: DeploymentRecord, reason: string): void;
  appTerminated(appId: string): void;
}

export interface DeploymentManagerOptions {
  readonly state: MarathonState;
  readonly scheduler: MarathonScheduler;
  readonly judge: InstanceJudge;
  readonly observer: DeploymentObserver;
  readonly logger: Logger;
  readonly now: () => string;
}

export class DeploymentManager {
  private readonly options: DeploymentManagerOptions;
  private readonly state: MarathonState;
  private running: Promise<void> = Promise.resolve();
  private pending = false;
  private stopped = false;

  constructor(options: DeploymentManagerOptions) {
    this.options = options;
    this.state = options.state;
    options.scheduler.onInstancesChanged(() => this.poke());
  }

  /** After a restart: bring the apps in line with every stored plan (its write may have been cut short) and go on. */
  async resume(): Promise<void> {
    for (const record of this.state.deployments()) await this.applyTarget(record.plan, true);
    this.poke();
  }

  stop(): void {
    this.stopped = true;
  }

  /** Writes the plan, then the apps it changes, then starts carrying it out. Call inside exclusive(). */
  async start(plan: DeploymentPlan): Promise<DeploymentRecord> {
    const record: DeploymentRecord = { plan, currentStep: 0, createdAt: this.options.now() };
    await this.state.putDeployment(record);
    await this.applyTarget(plan);
    this.options.observer.started(record);
    this.poke();
    return record;
  }

  /**
   * Stops a deployment where it is (DELETE /v2/deployments/{id}?force=true): its apps keep their new definitions.
   * Call inside exclusive().
   */
  async cancel(id: string, reason: string): Promise<DeploymentRecord | undefined> {
    const record = this.state.deployment(id);
    if (record === undefined) return undefined;
    await this.state.removeDeployment(id);
    this.options.observer.failed(record, reason);
    this.poke();
    return record;
  }

  /**
   * Runs `change` between evaluations, never during one: API changes (lock checks, plan writes, kills of chosen
   * instances) then see and leave a consistent state. `change` must not call exclusive() itself.
   */
  async exclusive<T>(change: () => Promise<T>): Promise<T> {
    const result = this.running.then(change);
    this.running = result.then(() => undefined, () => undefined);
    return result;
  }

  /** Re-evaluates everything soon; calls coalesce. */
  poke(): void {
    if (this.stopped) return;
    if (this.pending) return;
    this.pending = true;
    this.running = this.running.then(async () => {
      this.pending = false;
      await this.evaluate();
    }).catch((error: unknown) => {
      this.options.logger.error({ err: error }, 'deployment evaluation failed');
    });
  }

  /** Resolves once no evaluation is pending (tests and shutdown). */
  async idle(): Promise<void> {
    for (;;) {
      const current = this.running;
      await current;
      if (current === this.running && !this.pending) return;
    }
  }

  /**
   * Gives the plan's apps their target definitions. On resume only apps still at their original version change: the
   * others were either written before the restart or changed since by a forced deployment.
   */
  private async applyTarget(plan: DeploymentPlan, onlyFromOriginal = false): Promise<void> {
    for (const appId of plan.affectedApps) {
      const target = plan.target[appId];
      const current = this.state.app(appId);
      if (onlyFromOriginal && current?.version !== plan.original[appId]?.version) continue;
      if (target === undefined) {
        if (current !== undefined) await this.state.removeApp(appId);
      } else if (current?.version !== target.version) {
        await this.state.putApp(target);
      }
    }
  }

  private async evaluate(): Promise<void> {
    const locked = new Set<string>();
    for (const record of this.state.deployments()) {
      for (const appId of record.plan.affectedApps) locked.add(appId);
      await this.advance(record);
    }
    await this.holdInstanceCounts(locked);
  }

  /** Works on the deployment's current step; moves to the next once every action of the step is done. */
  private async advance(initial: DeploymentRecord): Promise<void> {
    let record = initial;
    while (!this.stopped && this.state.deployment(record.plan.id) !== undefined) {
      const step = record.plan.steps[record.currentStep];
      if (step === undefined) {
        await this.state.removeDeployment(record.plan.id);
        this.options.observer.succeeded(record);
        return;
      }
      let stepDone = true;
      for (const action of step.actions) {
        const app = action.action === 'StopApplication' ? record.plan.original[action.app] : record.plan.target[action.app];
        if (app === undefined) continue;
        const needs = evaluateAction(action.action, app, this.state.instances(action.app), this.options.judge);
        await this.carryOut(app, needs.create, needs.decommission);
        if (!needs.done) stepDone = false;
      }
      if (!stepDone) return;
      for (const action of step.actions) if (action.action === 'StopApplication') this.options.observer.appTerminated(action.app);
      record = { ...record, currentStep: record.currentStep + 1 };
      // The last step needs no write: the plan is deleted right after.
      if (record.currentStep < record.plan.steps.length) await this.state.putDeployment(record);
      this.options.observer.stepSucceeded(record);
    }
  }

  /** Apps outside deployments stay at their instance count; instances of apps that are gone are killed. */
  private async holdInstanceCounts(locked: ReadonlySet<string>): Promise<void> {
    const byApp = new Map<string, Instance[]>();
    for (const instance of this.state.instances()) {
      const list = byApp.get(instance.appId) ?? [];
      list.push(instance);
      byApp.set(instance.appId, list);
    }
    for (const app of this.state.apps()) {
      if (locked.has(app.id)) continue;
      const needs = evaluateAction('ScaleApplication', app, byApp.get(app.id) ?? [], this.options.judge);
      await this.carryOut(app, needs.create, needs.decommission);
    }
    for (const [appId, instances] of byApp) {
      if (locked.has(appId) || this.state.app(appId) !== undefined) continue;
      await this.options.scheduler.decommission(instances.filter((instance) => instance.goal === 'running'));
    }
  }

  private async carryOut(app: AppDefinition, create: number, decommission: readonly Instance[]): Promise<void> {
    if (decommission.length > 0) await this.options.scheduler.decommission(decommission);
    if (create > 0) {
      const current = this.state.app(app.id) ?? app;
      await this.options.scheduler.scheduleInstances(current, create);
    }
  }
}
