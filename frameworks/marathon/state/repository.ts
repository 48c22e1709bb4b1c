// The Marathon framework's durable state on a Store: apps, their versions, deployments in progress, instances and the
// last task failure per app. Every decision is written here before it is acted on (launch, kill, deployment step),
// so a framework restarted at any point finds what it meant to do. Values are JSON.
import type { Store } from '../../../shared/store/types.js';
import type { AppDefinition } from '../app-definition/index.js';
import type { DeploymentPlan, Instance } from '../model/index.js';
import type { TaskFailure } from '../wire/index.js';
import { decodeKeyToken, storeKeys } from './keys.js';

/** A deployment as persisted: the plan plus how far it got. */
export interface DeploymentRecord {
  readonly plan: DeploymentPlan;
  readonly currentStep: number;
  /** ISO time the deployment was created. */
  readonly createdAt: string;
}

/** The whole app set at one version (Marathon's root group version): app id → that app's version. */
export interface RootVersionRecord {
  readonly version: string;
  readonly apps: Readonly<Record<string, string>>;
}

export interface FrameworkRecord {
  readonly frameworkId: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function encode(value: unknown): Uint8Array {
  return encoder.encode(JSON.stringify(value));
}

function decode<T>(bytes: Uint8Array): T {
  return JSON.parse(decoder.decode(bytes)) as T;
}

export class MarathonRepository {
  constructor(private readonly store: Store) {}

  async frameworkId(): Promise<string | undefined> {
    const entry = await this.store.get(storeKeys.framework);
    return entry === undefined ? undefined : decode<FrameworkRecord>(entry.value).frameworkId;
  }

  async saveFrameworkId(frameworkId: string): Promise<void> {
    await this.store.put(storeKeys.framework, encode({ frameworkId } satisfies FrameworkRecord));
  }

  /** After the master removed the framework: the next start registers a new one. */
  async forgetFrameworkId(): Promise<void> {
    await this.store.delete(storeKeys.framework);
  }

  async apps(): Promise<AppDefinition[]> {
    return (await this.store.list(storeKeys.appsPrefix)).map((entry) => decode<AppDefinition>(entry.value));
  }

  /** Stores the app's current definition and keeps it as a version. */
  async saveApp(app: AppDefinition): Promise<void> {
    if (app.version !== undefined) await this.store.put(storeKeys.version(app.id, app.version), encode(app));
    await this.store.put(storeKeys.app(app.id), encode(app));
  }

  async deleteApp(appId: string): Promise<void> {
    await this.store.delete(storeKeys.app(appId));
    await this.store.delete(storeKeys.lastFailure(appId));
    for (const entry of await this.store.list(storeKeys.versionsPrefix(appId))) await this.store.delete(entry.key);
  }

  async versions(appId: string): Promise<string[]> {
    const prefix = storeKeys.versionsPrefix(appId);
    return (await this.store.list(prefix)).map((entry) => decodeKeyToken(entry.key.slice(prefix.length)));
  }

  async version(appId: string, version: string): Promise<AppDefinition | undefined> {
    const entry = await this.store.get(storeKeys.version(appId, version));
    return entry === undefined ? undefined : decode<AppDefinition>(entry.value);
  }

  /** Keeps at most `keep` versions of an app (Marathon's --zk_max_versions), dropping the oldest. */
  async pruneVersions(appId: string, keep: number): Promise<void> {
    const prefix = storeKeys.versionsPrefix(appId);
    const entries = (await this.store.list(prefix))
      .map((entry) => ({ key: entry.key, version: decodeKeyToken(entry.key.slice(prefix.length)) }))
      .sort((a, b) => a.version.localeCompare(b.version));
    for (const stale of entries.slice(0, Math.max(0, entries.length - keep))) await this.store.delete(stale.key);
  }

  /** Keeps the app set of a new root version, dropping the oldest beyond `keep`. */
  async saveRootVersion(record: RootVersionRecord, keep: number): Promise<void> {
    await this.store.put(storeKeys.rootVersion(record.version), encode(record));
    const all = await this.rootVersions();
    for (const stale of all.slice(keep)) await this.store.delete(storeKeys.rootVersion(stale.version));
  }

  /** Root versions, newest first. */
  async rootVersions(): Promise<RootVersionRecord[]> {
    return (await this.store.list(storeKeys.rootVersionsPrefix)).map((entry) => decode<RootVersionRecord>(entry.value))
      .sort((a, b) => b.version.localeCompare(a.version));
  }

  async deployments(): Promise<DeploymentRecord[]> {
    return (await this.store.list(storeKeys.deploymentsPrefix)).map((entry) => decode<DeploymentRecord>(entry.value));
  }

  async saveDeployment(record: DeploymentRecord): Promise<void> {
    await this.store.put(storeKeys.deployment(record.plan.id), encode(record));
  }

  async deleteDeployment(id: string): Promise<void> {
    await this.store.delete(storeKeys.deployment(id));
  }

  async instances(): Promise<Instance[]> {
    return (await this.store.list(storeKeys.instancesPrefix)).map((entry) => decode<Instance>(entry.value));
  }

  async saveInstance(instance: Instance): Promise<void> {
    await this.store.put(storeKeys.instance(instance.instanceId), encode(instance));
  }

  async deleteInstance(instanceId: string): Promise<void> {
    await this.store.delete(storeKeys.instance(instanceId));
  }

  async lastFailures(): Promise<TaskFailure[]> {
    return (await this.store.list(storeKeys.failuresPrefix)).map((entry) => decode<TaskFailure>(entry.value));
  }

  async saveLastFailure(failure: TaskFailure): Promise<void> {
    await this.store.put(storeKeys.lastFailure(failure.appId), encode(failure));
  }
}
