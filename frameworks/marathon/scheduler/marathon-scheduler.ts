// The Marathon framework's side of the offer loop, on drover/sdk: launches scheduled instances on offers (placement,
// ports, constraints), follows task status updates, replaces failed instances with backoff, kills what is not wanted,
// applies the unreachable strategy and acts on health results. Every decision is written to MarathonState before the
// call that carries it out, so a restarted framework neither loses nor duplicates an instance.
import type { Logger } from 'pino';
import type { Clock, TimerHandle } from '../../../shared/clock/index.js';
import { isTerminalState, type Offer, type SchedulerDriver, type TaskStatus } from '../../sdk/index.js';
import type { AppDefinition } from '../app-definition/index.js';
import { configVersion } from '../deployments/action-progress.js';
import { ACTIVE_CONDITIONS, TERMINAL_CONDITIONS, type Instance } from '../model/index.js';
import { newInstanceId, type PlacedInstance } from '../placement/index.js';
import type { MarathonState } from '../state/index.js';
import { LaunchBackoff } from './backoff.js';
import { applyTaskStatus } from './instance-status.js';
import { OfferStatistics } from './offer-statistics.js';
import { matchOffers, type PlannedLaunch } from './offer-matching.js';

/** What the scheduler reports as it goes; the service turns these into /v2/events. */
export interface SchedulerObserver {
  statusUpdate(status: TaskStatus, instance: Instance | undefined, app: AppDefinition | undefined): void;
  instanceChanged(instance: Instance, app: AppDefinition | undefined): void;
  unhealthyKill(instance: Instance, reason: string): void;
}

export interface MarathonSchedulerOptions {
  readonly driver: SchedulerDriver;
  readonly state: MarathonState;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly observer: SchedulerObserver;
  readonly newUuid: () => string;
  /** Marathon's --max_instances_per_offer (default 5); Drover defaults higher: placement is cheap here. */
  readonly maxInstancesPerOffer?: number;
  /** Marathon's --decline_offer_duration: how long offers stay away when nothing is wanted. Default 120 s. */
  readonly declineOfferSeconds?: number;
  /** How long offers that fit no waiting instance stay away while something is wanted. Default 5 s. */
  readonly unfitOfferSeconds?: number;
  /** Marathon's --min_revive_offers_interval. Default 5 s; tests use less. */
  readonly minReviveIntervalMs?: number;
  /** Picks the index of a dynamic host port among `n` free ones; default lowest first. */
  readonly pickPort?: (n: number) => number;
}

const SWEEP_INTERVAL_MS = 1000;
/** A kill not answered within this long is sent again (the master or agent may have been away). */
const KILL_RETRY_MS = 10_000;
/** Ends that are the platform's (or an operator's) doing, not the app's: they do not grow the launch backoff. */
const PLATFORM_CONDITIONS = new Set(['gone', 'dropped', 'unknown', 'gone_by_operator', 'killed']);

export class MarathonScheduler {
  private readonly options: MarathonSchedulerOptions;
  private readonly state: MarathonState;
  private readonly backoff = new LaunchBackoff();
  readonly offerStatistics = new OfferStatistics();
  /** Tasks killed because a health check gave up on them: their end counts toward backoff. */
  private readonly killedForHealth = new Set<string>();
  /** Task id → epoch ms of the last kill sent. */
  private readonly killsSent = new Map<string, number>();
  private offerChain: Promise<void> = Promise.resolve();
  private sweepTimer: TimerHandle | undefined;
  private reviveTimer: TimerHandle | undefined;
  private lastReviveAt = 0;
  /** True after offers were declined for the long duration: something new wanted needs a REVIVE. */
  private declinedLong = false;
  private stopped = false;
  /** Called after every instance change so the deployment executor and the scale check can react. */
  private readonly changeListeners = new Set<(appId: string) => void>();

  constructor(options: MarathonSchedulerOptions) {
    this.options = options;
    this.state = options.state;
    const { driver } = options;
    driver.on('offers', (offers) => {
      this.offerChain = this.offerChain.then(() => this.handleOffers(offers)).catch((error: unknown) => {
        options.logger.error({ err: error }, 'offer handling failed');
      });
    });
    driver.on('update', (status) => this.handleUpdate(status));
    driver.on('subscribed', () => { void this.afterSubscribe(); });
  }

  start(): void {
    this.scheduleSweep();
  }

  stop(): void {
    this.stopped = true;
    this.sweepTimer?.cancel();
    this.reviveTimer?.cancel();
  }

  onInstancesChanged(listener: (appId: string) => void): void {
    this.changeListeners.add(listener);
  }

  /** Waits for offer handling in progress (tests and shutdown). */
  async idle(): Promise<void> {
    await this.offerChain;
  }

  // ---- what deployments and the API call

  /** Creates `count` new instances of the app's current configuration, waiting for offers. */
  async scheduleInstances(app: AppDefinition, count: number): Promise<void> {
    if (count <= 0) return;
    const now = this.nowIso();
    const fresh: Instance[] = [];
    for (let i = 0; i < count; i++) {
      fresh.push({
        instanceId: newInstanceId(app.id, this.options.newUuid()),
        appId: app.id,
        appVersion: configVersion(app),
        goal: 'running',
        incarnation: 0,
        condition: 'scheduled',
        conditionSince: now,
        hostPorts: [],
      });
    }
    await this.state.putInstances(fresh);
    this.offerStatistics.waitingSince(app.id, now);
    this.wantOffers();
  }

  /** Kills the instances and forgets them once their tasks end (instances without a task go at once). */
  async decommission(instances: readonly Instance[]): Promise<void> {
    const updated: Instance[] = [];
    const gone: Instance[] = [];
    for (const instance of instances) {
      if (instance.goal === 'decommissioned') continue;
      if (instance.taskId === undefined || TERMINAL_CONDITIONS.has(instance.condition) || instance.condition === 'scheduled') gone.push(instance);
      else updated.push({ ...instance, goal: 'decommissioned' });
    }
    await this.state.putInstances(updated);
    for (const instance of gone) await this.state.removeInstance(instance.instanceId);
    for (const instance of updated) this.sendKill(instance);
    for (const appId of new Set(instances.map((instance) => instance.appId))) this.notifyChanged(appId);
  }

  /** Kills an instance's task and lets it be replaced (DELETE /v2/apps/{id}/tasks/{taskId} without scale). */
  killForReplacement(instance: Instance): void {
    this.sendKill(instance);
  }

  resetDelay(appId: string): boolean {
    const wasDelayed = this.backoff.isDelayed(appId, this.options.clock.now());
    this.backoff.reset(appId);
    this.wantOffers();
    return wasDelayed;
  }

  delayedUntil(appId: string): number {
    return this.backoff.delayedUntil(appId);
  }

  /** Runs the health kill for an instance whose health checks gave up on it. */
  killUnhealthy(instance: Instance, reason: string): void {
    if (instance.taskId === undefined || instance.goal !== 'running' || !ACTIVE_CONDITIONS.has(instance.condition)) return;
    if (this.killedForHealth.has(instance.taskId)) return;
    this.killedForHealth.add(instance.taskId);
    this.options.observer.unhealthyKill(instance, reason);
    this.sendKill(instance);
  }

  /** Records a health result for a running instance (framework-run checks); persisted only when it changes. */
  async setHealth(instanceId: string, healthy: boolean): Promise<void> {
    const instance = this.state.instance(instanceId);
    if (instance === undefined || instance.healthy === healthy || instance.condition !== 'running') return;
    const next = { ...instance, healthy };
    await this.state.putInstance(next);
    this.options.observer.instanceChanged(next, this.state.app(next.appId));
    this.notifyChanged(next.appId);
  }

  // ---- offers

  private async handleOffers(offers: readonly Offer[]): Promise<void> {
    if (this.stopped) return;
    const nowMs = this.options.clock.now();
    const waiting = this.launchableInstances(nowMs);
    if (waiting.length === 0) {
      this.declinedLong = true;
      await this.declineQuietly(offers.map((offer) => offer.id), this.options.declineOfferSeconds ?? 120);
      return;
    }
    const now = this.nowIso();
    const matching = matchOffers({
      offers, waiting, app: (appId) => this.state.app(appId), placedByApp: this.placedInstancesByApp(),
      maxInstancesPerOffer: this.options.maxInstancesPerOffer ?? 100, nowIso: now,
      ...(this.options.pickPort === undefined ? {} : { pickPort: this.options.pickPort }),
    });
    for (const { appId, reasons } of matching.rejections) this.offerStatistics.rejected(appId, reasons, now);
    const planned = matching.launches.flatMap((launch) => launch.planned);
    for (const { instance } of planned) this.offerStatistics.accepted(instance.appId, now);
    // Intent first, in one batch: a restart after this point finds the instances provisioned with their task ids.
    await this.state.putInstances(planned.map((launch) => launch.instance));
    for (const { instance } of planned) this.options.observer.instanceChanged(instance, this.state.app(instance.appId));
    // While instances still wait, what is left of these offers comes back at the next allocation, not in 5 s.
    const leftovers = { refuseSeconds: matching.stillWaiting > 0 ? 0 : this.options.declineOfferSeconds ?? 120 };
    // Leftovers refused for long: whatever is wanted next needs a REVIVE to get them back.
    if (matching.stillWaiting === 0) this.declinedLong = true;
    await Promise.all(matching.launches.map((launch) => this.launch(launch.offer, launch.planned, leftovers)));
    if (matching.unused.length > 0) {
      const refuse = matching.stillWaiting === 0 ? this.options.declineOfferSeconds ?? 120 : this.options.unfitOfferSeconds ?? 5;
      await this.declineQuietly(matching.unused, refuse);
    }
  }

  private async launch(offer: Offer, launches: readonly PlannedLaunch[], filters: { refuseSeconds: number }): Promise<void> {
    try {
      await this.options.driver.launch(offer, launches.map((launch) => launch.spec), filters);
    } catch (error) {
      this.options.logger.warn({ err: error, offer: offer.id }, 'launch call failed; reconciling the tasks');
      // The master may or may not have them: it answers for unknown tasks with a terminal state, and we relaunch.
      await this.reconcileQuietly(launches.map((launch) => launch.instance));
    }
  }

  /** Scheduled instances whose app exists and is not in backoff, oldest first. */
  private launchableInstances(nowMs: number): Instance[] {
    return this.state.instances()
      .filter((instance) => instance.condition === 'scheduled' && instance.goal === 'running'
        && this.state.app(instance.appId) !== undefined && !this.backoff.isDelayed(instance.appId, nowMs))
      .sort((a, b) => a.conditionSince.localeCompare(b.conditionSince) || a.instanceId.localeCompare(b.instanceId));
  }

  /** Where each app's live instances run: what constraints are checked against. */
  private placedInstancesByApp(): Map<string, PlacedInstance[]> {
    const placed = new Map<string, PlacedInstance[]>();
    for (const instance of this.state.instances()) {
      if (instance.agent === undefined || !ACTIVE_CONDITIONS.has(instance.condition)) continue;
      const list = placed.get(instance.appId) ?? [];
      list.push({ hostname: instance.agent.hostname, attributes: instance.agent.attributes });
      placed.set(instance.appId, list);
    }
    return placed;
  }

  /** Asks the master for offers again (coalesced, at most once per minReviveInterval) when something waits. */
  private wantOffers(): void {
    if (!this.declinedLong || this.reviveTimer !== undefined || this.stopped) return;
    const wait = Math.max(0, this.lastReviveAt + (this.options.minReviveIntervalMs ?? 5000) - this.options.clock.now());
    this.reviveTimer = this.options.clock.setTimer(wait, () => {
      this.reviveTimer = undefined;
      if (this.launchableInstances(this.options.clock.now()).length === 0) return;
      this.declinedLong = false;
      this.lastReviveAt = this.options.clock.now();
      this.options.driver.revive().catch((error: unknown) => {
        this.declinedLong = true;
        this.options.logger.warn({ err: error }, 'revive failed; retrying at the next sweep');
      });
    });
  }

  // ---- status updates

  private async handleUpdate(status: TaskStatus): Promise<void> {
    const instance = this.state.instanceOfTask(status.taskId);
    if (instance === undefined) {
      this.options.observer.statusUpdate(status, undefined, undefined);
      // A task we do not want (its app is gone, or an instance moved on to a newer task): kill it.
      if (!isTerminalState(status.state)) await this.killStray(status);
      return;
    }
    const app = this.state.app(instance.appId);
    const outcome = applyTaskStatus(instance, status, this.nowIso());
    if (outcome.kind !== 'changed') return;
    const next = outcome.instance;
    if (outcome.terminal) {
      await this.onTerminal(next, status, app);
      // Only now: until the instance is written terminal (or removed) the sweep must not think the kill went unanswered.
      this.killsSent.delete(status.taskId);
    } else {
      await this.state.putInstance(next);
      // An agent-run health check gave up on the task: Marathon kills and replaces it.
      if (outcome.healthChanged && next.healthy === false && app !== undefined && hasAgentHealthCheck(app)) {
        this.killUnhealthy(next, status.message || 'health check failed');
      }
      if (next.goal === 'decommissioned' && !this.killsSent.has(status.taskId)) this.sendKill(next);
    }
    this.options.observer.statusUpdate(status, next, app);
    this.options.observer.instanceChanged(next, app);
    this.notifyChanged(next.appId);
  }

  private async onTerminal(ended: Instance, status: TaskStatus, app: AppDefinition | undefined): Promise<void> {
    const taskId = status.taskId;
    const healthKill = this.killedForHealth.delete(taskId);
    if (ended.goal !== 'running' || app === undefined) {
      await this.state.removeInstance(ended.instanceId);
      return;
    }
    const appFault = healthKill || !PLATFORM_CONDITIONS.has(ended.condition);
    if (appFault) this.backoff.recordFailure(app, this.options.clock.now());
    if (ended.condition !== 'finished' && ended.condition !== 'killed') {
      await this.state.putLastFailure({
        appId: app.id, host: ended.agent?.hostname ?? '', message: status.message, state: status.state,
        taskId, timestamp: this.nowIso(), version: ended.appVersion, slaveId: ended.agent?.agentId ?? '',
      });
    }
    // The instance stays and waits for a new launch (with the app's current configuration).
    const rescheduled: Instance = {
      instanceId: ended.instanceId, appId: ended.appId, appVersion: configVersion(app), goal: 'running',
      incarnation: ended.incarnation, condition: 'scheduled', conditionSince: this.nowIso(), hostPorts: [],
    };
    await this.state.putInstance(rescheduled);
    this.offerStatistics.waitingSince(app.id, rescheduled.conditionSince);
    this.wantOffers();
    // The delay may end before any offer comes back: make sure someone asks for offers then.
    const until = this.backoff.delayedUntil(app.id);
    if (until > this.options.clock.now()) this.options.clock.setTimer(until - this.options.clock.now() + 10, () => this.wantOffers());
  }

  private async killStray(status: TaskStatus): Promise<void> {
    try {
      await this.options.driver.kill(status.taskId, status.agentId);
    } catch (error) {
      this.options.logger.warn({ err: error, task: status.taskId }, 'could not kill an unknown task');
    }
  }

  private sendKill(instance: Instance): void {
    if (instance.taskId === undefined) return;
    const app = this.state.app(instance.appId);
    this.killsSent.set(instance.taskId, this.options.clock.now());
    const grace = app?.taskKillGracePeriodSeconds;
    const policy = grace === undefined ? undefined : { gracePeriodSeconds: grace };
    this.options.driver.kill(instance.taskId, instance.agent?.agentId, policy).catch((error: unknown) => {
      this.options.logger.warn({ err: error, task: instance.taskId }, 'kill failed; retrying at the next sweep');
    });
  }

  // ---- periodic work

  private async afterSubscribe(): Promise<void> {
    const frameworkId = this.options.driver.frameworkId;
    if (frameworkId !== undefined && frameworkId !== await this.state.repository.frameworkId()) {
      await this.state.repository.saveFrameworkId(frameworkId);
    }
    // Ask about every task we have launched: unknown ones come back terminal and get relaunched.
    await this.reconcileQuietly(this.state.instances().filter((instance) => instance.taskId !== undefined && ACTIVE_CONDITIONS.has(instance.condition)));
    this.declinedLong = true;
    this.wantOffers();
  }

  private async reconcileQuietly(instances: readonly Instance[]): Promise<void> {
    if (instances.length === 0) return;
    try {
      await this.options.driver.reconcile(instances.map((instance) => ({
        taskId: instance.taskId ?? '', ...(instance.agent === undefined ? {} : { agentId: instance.agent.agentId }),
      })));
    } catch (error) {
      this.options.logger.warn({ err: error }, 'reconcile failed');
    }
  }

  private scheduleSweep(): void {
    if (this.stopped) return;
    this.sweepTimer = this.options.clock.setTimer(SWEEP_INTERVAL_MS, () => {
      this.sweep().catch((error: unknown) => this.options.logger.error({ err: error }, 'sweep failed')).finally(() => this.scheduleSweep());
    });
  }

  /** Unreachable strategy, kills to retry, revive after backoff: what no event triggers. */
  private async sweep(): Promise<void> {
    const nowMs = this.options.clock.now();
    for (const instance of this.state.instances()) {
      if (instance.taskId !== undefined && instance.goal === 'decommissioned' && ACTIVE_CONDITIONS.has(instance.condition)) {
        const sent = this.killsSent.get(instance.taskId) ?? 0;
        if (nowMs - sent >= KILL_RETRY_MS && this.options.driver.connected) this.sendKill(instance);
      }
      if (instance.unreachableSince !== undefined) await this.applyUnreachableStrategy(instance, nowMs);
    }
    if (this.launchableInstances(nowMs).length > 0) this.wantOffers();
  }

  private async applyUnreachableStrategy(instance: Instance, nowMs: number): Promise<void> {
    const app = this.state.app(instance.appId);
    if (app === undefined || app.unreachableStrategy === 'disabled' || instance.unreachableSince === undefined) return;
    const awayMs = nowMs - Date.parse(instance.unreachableSince);
    if (awayMs >= app.unreachableStrategy.expungeAfterSeconds * 1000) {
      // Forget it; if it ever comes back it is an unknown task and gets killed.
      await this.state.removeInstance(instance.instanceId);
      this.notifyChanged(app.id);
      return;
    }
    if (instance.condition === 'unreachable' && awayMs >= app.unreachableStrategy.inactiveAfterSeconds * 1000) {
      // Inactive: no longer counted, so the scale check starts a replacement.
      await this.state.putInstance({ ...instance, condition: 'unreachable_inactive', conditionSince: this.nowIso() });
      this.notifyChanged(app.id);
    }
  }

  private async declineQuietly(offerIds: readonly string[], refuseSeconds: number): Promise<void> {
    if (offerIds.length === 0) return;
    try {
      await this.options.driver.decline(offerIds, { refuseSeconds });
    } catch (error) {
      this.options.logger.debug({ err: error }, 'decline failed; the offers time out instead');
    }
  }

  /** Tells listeners (the deployment executor) that something about the app's instances changed. */
  notifyChanged(appId: string): void {
    for (const listener of this.changeListeners) listener(appId);
  }

  private nowIso(): string {
    return new Date(this.options.clock.now()).toISOString();
  }
}

function hasAgentHealthCheck(app: AppDefinition): boolean {
  return app.healthChecks.some((check) => check.protocol.startsWith('MESOS_') || check.protocol === 'COMMAND');
}

