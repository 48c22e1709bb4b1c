// The framework's state in memory, written through to the repository: every put resolves only after the store has
// the new value, so callers act (launch, kill, answer the API) only on what a restart would find again.
import type { AppDefinition } from '../app-definition/index.js';
import type { Instance } from '../model/index.js';
import type { TaskFailure } from '../wire/index.js';
import type { DeploymentRecord, MarathonRepository } from './repository.js';

export type StateChange =
  | { readonly kind: 'app'; readonly appId: string }
  | { readonly kind: 'instance'; readonly instance: Instance; readonly removed: boolean }
  | { readonly kind: 'deployment'; readonly id: string };

/** Marathon keeps 50 versions of an app (--zk_max_versions). */
const MAX_VERSIONS = 50;

export class MarathonState {
  private readonly appsById = new Map<string, AppDefinition>();
  private readonly instancesById = new Map<string, Instance>();
  private readonly instanceIdByTaskId = new Map<string, string>();
  private readonly deploymentsById = new Map<string, DeploymentRecord>();
  private readonly failuresByApp = new Map<string, TaskFailure>();
  private readonly listeners = new Set<(change: StateChange) => void>();

  private constructor(readonly repository: MarathonRepository) {}

  static async load(repository: MarathonRepository): Promise<MarathonState> {
    const state = new MarathonState(repository);
    for (const app of await repository.apps()) state.appsById.set(app.id, app);
    for (const instance of await repository.instances()) state.index(instance);
    for (const record of await repository.deployments()) state.deploymentsById.set(record.plan.id, record);
    for (const failure of await repository.lastFailures()) state.failuresByApp.set(failure.appId, failure);
    return state;
  }

  onChange(listener: (change: StateChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // ---- apps

  app(appId: string): AppDefinition | undefined {
    return this.appsById.get(appId);
  }

  apps(): AppDefinition[] {
    return [...this.appsById.values()].sort((a, b) => a.id.localeCompare(b.id));
  }

  async putApp(app: AppDefinition): Promise<void> {
    await this.repository.saveApp(app);
    this.appsById.set(app.id, app);
    void this.repository.pruneVersions(app.id, MAX_VERSIONS).catch(() => undefined);
    this.emit({ kind: 'app', appId: app.id });
  }

  async removeApp(appId: string): Promise<void> {
    await this.repository.deleteApp(appId);
    this.appsById.delete(appId);
    this.failuresByApp.delete(appId);
    this.emit({ kind: 'app', appId });
  }

  // ---- instances

  instance(instanceId: string): Instance | undefined {
    return this.instancesById.get(instanceId);
  }

  instanceOfTask(taskId: string): Instance | undefined {
    const id = this.instanceIdByTaskId.get(taskId);
    return id === undefined ? undefined : this.instancesById.get(id);
  }

  instances(appId?: string): Instance[] {
    const all = [...this.instancesById.values()];
    return appId === undefined ? all : all.filter((instance) => instance.appId === appId);
  }

  async putInstance(instance: Instance): Promise<void> {
    await this.repository.saveInstance(instance);
    this.index(instance);
    this.emit({ kind: 'instance', instance, removed: false });
  }

  async putInstances(instances: readonly Instance[]): Promise<void> {
    await Promise.all(instances.map((instance) => this.repository.saveInstance(instance)));
    for (const instance of instances) {
      this.index(instance);
      this.emit({ kind: 'instance', instance, removed: false });
    }
  }

  async removeInstance(instanceId: string): Promise<void> {
    const instance = this.instancesById.get(instanceId);
    await this.repository.deleteInstance(instanceId);
    if (instance === undefined) return;
    this.instancesById.delete(instanceId);
    if (instance.taskId !== undefined) this.instanceIdByTaskId.delete(instance.taskId);
    this.emit({ kind: 'instance', instance, removed: true });
  }

  // ---- deployments

  deployment(id: string): DeploymentRecord | undefined {
    return this.deploymentsById.get(id);
  }

  deployments(): DeploymentRecord[] {
    return [...this.deploymentsById.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  /** Deployments whose plan touches the app. */
  deploymentsOf(appId: string): DeploymentRecord[] {
    return this.deployments().filter((record) => record.plan.affectedApps.includes(appId));
  }

  async putDeployment(record: DeploymentRecord): Promise<void> {
    await this.repository.saveDeployment(record);
    this.deploymentsById.set(record.plan.id, record);
    this.emit({ kind: 'deployment', id: record.plan.id });
  }

  async removeDeployment(id: string): Promise<void> {
    await this.repository.deleteDeployment(id);
    this.deploymentsById.delete(id);
    this.emit({ kind: 'deployment', id });
  }

  // ---- failures

  lastFailure(appId: string): TaskFailure | undefined {
    return this.failuresByApp.get(appId);
  }

  async putLastFailure(failure: TaskFailure): Promise<void> {
    await this.repository.saveLastFailure(failure);
    this.failuresByApp.set(failure.appId, failure);
  }

  private index(instance: Instance): void {
    const previous = this.instancesById.get(instance.instanceId);
    if (previous?.taskId !== undefined && previous.taskId !== instance.taskId) this.instanceIdByTaskId.delete(previous.taskId);
    this.instancesById.set(instance.instanceId, instance);
    if (instance.taskId !== undefined) this.instanceIdByTaskId.set(instance.taskId, instance.instanceId);
  }

  private emit(change: StateChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
