import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import fc from 'fast-check';
import type { Instance } from '../../../frameworks/marathon/model/index.js';
import { MarathonRepository, MarathonState, storeKeys, type DeploymentRecord, type StateChange } from '../../../frameworks/marathon/state/index.js';
import type { TaskFailure } from '../../../frameworks/marathon/wire/index.js';
import { MemoryStore } from '../../../shared/store/memory-store.js';
import { openLmdbStore } from '../../../shared/store/lmdb-store.js';
import { isValidStoreKey } from '../../../shared/store/keys.js';
import type { Store } from '../../../shared/store/types.js';
import { app, at, inst, T0 } from './fixtures.js';

// Ids with the characters that would break a naive key: dots (key token separators) and slashes.
const WEB = '/prod/web.v1.2';
const DB = '/prod/db';
const WEB_INSTANCE = 'prod_web.v1.2.instance-0a1b2c3d-0000-4000-8000-000000000001';
const WEB_TASK = `${WEB_INSTANCE}._app.1`;

function deployment(id: string, createdAt: string, affectedApps: string[], currentStep = 0): DeploymentRecord {
  return {
    plan: { id, version: createdAt, original: {}, target: {}, affectedApps, steps: [{ actions: [{ action: 'ScaleApplication', app: affectedApps[0] ?? '/' }] }] },
    currentStep, createdAt,
  };
}

function failure(appId: string, taskId: string, timestamp: string): TaskFailure {
  return { appId, host: 'host-1', message: 'boom', state: 'TASK_FAILED', taskId, timestamp, version: T0, slaveId: 'agent-1' };
}

/** The store, logging each write once it has resolved. */
function recording(store: Store, log: string[]): Store {
  return {
    get: (key) => store.get(key),
    put: async (key, value) => { const revision = await store.put(key, value); log.push(`put ${key}`); return revision; },
    compareAndSwap: async (key, value, expected) => {
      const revision = await store.compareAndSwap(key, value, expected);
      log.push(`put ${key}`);
      return revision;
    },
    delete: async (key, expected) => { await store.delete(key, expected); log.push(`delete ${key}`); },
    list: (prefix) => store.list(prefix),
    watch: (prefix, onChange) => store.watch(prefix, onChange),
    close: () => store.close(),
  };
}

interface Backend {
  readonly name: string;
  open(): Promise<Store>;
  /** A second store on the same data, as after a restart (LMDB: closes the first and reopens the directory). */
  reopen(first: Store): Promise<Store>;
  cleanup(): void;
}

function memoryBackend(): Backend {
  return { name: 'MemoryStore', open: () => Promise.resolve(new MemoryStore()), reopen: (first) => Promise.resolve(first), cleanup: () => undefined };
}

function lmdbBackend(): Backend {
  let dir = '';
  return {
    name: 'LMDB store',
    open: async () => {
      dir = mkdtempSync(join(tmpdir(), 'drover-marathon-state-'));
      return openLmdbStore(join(dir, 'state.db'));
    },
    reopen: async (first) => {
      await first.close();
      return openLmdbStore(join(dir, 'state.db'));
    },
    cleanup: () => { if (dir !== '') rmSync(dir, { recursive: true, force: true }); },
  };
}

for (const backend of [memoryBackend(), lmdbBackend()]) {
  describe(`marathon core: state on a ${backend.name}`, () => {
    let store: Store;
    let repository: MarathonRepository;

    beforeEach(async () => {
      store = await backend.open();
      repository = new MarathonRepository(store);
    });

    afterEach(async () => {
      await store.close();
      backend.cleanup();
    });

    it('keeps the framework id', async () => {
      expect(await repository.frameworkId()).to.equal(undefined);
      await repository.saveFrameworkId('fw-1');
      expect(await repository.frameworkId()).to.equal('fw-1');
    });

    it('round-trips apps whose ids have dots and slashes, and keeps each version', async () => {
      const web = app(WEB, { instances: 2, labels: { a: 'b' } });
      const db = app(DB);
      await repository.saveApp(web);
      await repository.saveApp(db);
      expect((await repository.apps()).sort((a, b) => a.id.localeCompare(b.id))).to.deep.equal([db, web]);
      expect(await repository.versions(WEB)).to.deep.equal([T0]);
      expect(await repository.version(WEB, T0)).to.deep.equal(web);
      expect(await repository.version(WEB, at(1))).to.equal(undefined);
      expect(await repository.version('/prod/web', T0)).to.equal(undefined);
      for (const key of [storeKeys.app(WEB), storeKeys.version(WEB, T0), storeKeys.instance(WEB_INSTANCE)]) {
        expect(isValidStoreKey(key), key).to.equal(true);
      }
    });

    it('lists every version of an app, apart from the versions of apps whose id it starts', async () => {
      const versions = [at(3), at(1), at(2)];
      for (const v of versions) await repository.saveApp(app(WEB, {}, v));
      await repository.saveApp(app('/prod/web.v1', {}, at(9)));
      expect((await repository.versions(WEB)).sort()).to.deep.equal([at(1), at(2), at(3)]);
      expect(await repository.versions('/prod/web.v1')).to.deep.equal([at(9)]);
      // The current definition is the last one saved.
      expect((await repository.apps()).find((a) => a.id === WEB)?.version).to.equal(at(2));
    });

    it('pruneVersions keeps the newest versions', async () => {
      // Saved out of order, and spanning more than one day so that the order is not the key order.
      const versions = [at(5), at(1), at(3000), at(2), at(4), at(1500), at(3)];
      for (const v of versions) await repository.saveApp(app(WEB, {}, v));
      await repository.saveApp(app(DB, {}, at(1)));
      await repository.pruneVersions(WEB, 3);
      expect((await repository.versions(WEB)).sort()).to.deep.equal([at(5), at(1500), at(3000)]);
      expect(await repository.version(WEB, at(1))).to.equal(undefined);
      await repository.pruneVersions(WEB, 10);
      expect(await repository.versions(WEB)).to.have.length(3);
      expect(await repository.versions(DB)).to.deep.equal([at(1)]);
      await repository.pruneVersions(WEB, 0);
      expect(await repository.versions(WEB)).to.deep.equal([]);
    });

    it('deleteApp removes the app, its versions and its last failure, and nothing of other apps', async () => {
      await repository.saveApp(app(WEB, {}, at(1)));
      await repository.saveApp(app(WEB, {}, at(2)));
      await repository.saveApp(app(DB));
      await repository.saveLastFailure(failure(WEB, WEB_TASK, at(3)));
      await repository.saveLastFailure(failure(DB, 'prod_db.instance-1._app.1', at(3)));
      await repository.deleteApp(WEB);
      expect((await repository.apps()).map((a) => a.id)).to.deep.equal([DB]);
      expect(await repository.versions(WEB)).to.deep.equal([]);
      expect((await repository.lastFailures()).map((f) => f.appId)).to.deep.equal([DB]);
      expect(await repository.versions(DB)).to.deep.equal([T0]);
    });

    it('round-trips deployments and last failures', async () => {
      const d1 = deployment('5a0e0e3e-1111-4000-8000-000000000001', at(1), [WEB]);
      await repository.saveDeployment(d1);
      await repository.saveDeployment({ ...d1, currentStep: 1 });
      expect(await repository.deployments()).to.deep.equal([{ ...d1, currentStep: 1 }]);
      await repository.deleteDeployment(d1.plan.id);
      expect(await repository.deployments()).to.deep.equal([]);
      const f1 = failure(WEB, WEB_TASK, at(1));
      const f2 = failure(WEB, `${WEB_INSTANCE}._app.2`, at(2));
      await repository.saveLastFailure(f1);
      await repository.saveLastFailure(f2);
      expect(await repository.lastFailures()).to.deep.equal([f2]);
    });

    describe('MarathonState', () => {
      it('writes through: a state loaded from the same store sees apps, instances, deployments and failures', async () => {
        const state = await MarathonState.load(repository);
        const web = app(WEB, { instances: 2 });
        await state.putApp(web);
        await state.putApp(app(DB));
        const running = inst(WEB_INSTANCE, 'running', { appId: WEB, taskId: WEB_TASK, healthy: true, hostPorts: [31000] });
        await state.putInstances([running, inst('prod_db.instance-2', 'scheduled', { appId: DB })]);
        const d1 = deployment('d-later', at(5), [WEB]);
        const d0 = deployment('d-earlier', at(1), [DB, WEB]);
        await state.putDeployment(d1);
        await state.putDeployment(d0);
        await state.putLastFailure(failure(WEB, `${WEB_INSTANCE}._app.0`, at(2)));

        const reopened = await backend.reopen(store);
        store = reopened;
        const loaded = await MarathonState.load(new MarathonRepository(reopened));
        expect(loaded.apps().map((a) => a.id)).to.deep.equal([DB, WEB]);
        expect(loaded.app(WEB)).to.deep.equal(web);
        expect(loaded.instances(WEB)).to.deep.equal([running]);
        expect(loaded.instances()).to.have.length(2);
        expect(loaded.instanceOfTask(WEB_TASK)).to.deep.equal(running);
        expect(loaded.deployments().map((d) => d.plan.id)).to.deep.equal(['d-earlier', 'd-later']);
        expect(loaded.deploymentsOf(WEB).map((d) => d.plan.id)).to.deep.equal(['d-earlier', 'd-later']);
        expect(loaded.deploymentsOf(DB).map((d) => d.plan.id)).to.deep.equal(['d-earlier']);
        expect(loaded.deployment('d-later')).to.deep.equal(d1);
        expect(loaded.lastFailure(WEB)?.taskId).to.equal(`${WEB_INSTANCE}._app.0`);
        expect(loaded.lastFailure(DB)).to.equal(undefined);
      });

      it('instanceOfTask follows a relaunch (new task id), a reschedule (no task) and a removal', async () => {
        const state = await MarathonState.load(repository);
        const first = inst(WEB_INSTANCE, 'running', { appId: WEB, taskId: WEB_TASK });
        await state.putInstance(first);
        expect(state.instanceOfTask(WEB_TASK)).to.deep.equal(first);
        const waiting = inst(WEB_INSTANCE, 'scheduled', { appId: WEB, incarnation: 1 });
        await state.putInstance(waiting);
        expect(state.instanceOfTask(WEB_TASK)).to.equal(undefined);
        const second = inst(WEB_INSTANCE, 'staging', { appId: WEB, taskId: `${WEB_INSTANCE}._app.2`, incarnation: 2 });
        await state.putInstance(second);
        expect(state.instanceOfTask(WEB_TASK)).to.equal(undefined);
        expect(state.instanceOfTask(`${WEB_INSTANCE}._app.2`)).to.deep.equal(second);
        const third = { ...second, taskId: `${WEB_INSTANCE}._app.3`, incarnation: 3 };
        await state.putInstance(third);
        expect(state.instanceOfTask(`${WEB_INSTANCE}._app.2`)).to.equal(undefined);
        expect(state.instance(WEB_INSTANCE)).to.deep.equal(third);
        await state.removeInstance(WEB_INSTANCE);
        expect(state.instanceOfTask(`${WEB_INSTANCE}._app.3`)).to.equal(undefined);
        expect(state.instance(WEB_INSTANCE)).to.equal(undefined);
        expect(await repository.instances()).to.deep.equal([]);
        // Removing what is not there is harmless.
        await state.removeInstance('nope');
      });

      it('removeApp forgets the app and its last failure, in memory and in the store', async () => {
        const state = await MarathonState.load(repository);
        await state.putApp(app(WEB));
        await state.putLastFailure(failure(WEB, WEB_TASK, at(1)));
        await state.removeApp(WEB);
        expect(state.app(WEB)).to.equal(undefined);
        expect(state.lastFailure(WEB)).to.equal(undefined);
        const loaded = await MarathonState.load(repository);
        expect(loaded.apps()).to.deep.equal([]);
        expect(loaded.lastFailure(WEB)).to.equal(undefined);
      });

      it('removeDeployment forgets it in memory and in the store', async () => {
        const state = await MarathonState.load(repository);
        await state.putDeployment(deployment('d1', at(1), [WEB]));
        await state.removeDeployment('d1');
        expect(state.deployment('d1')).to.equal(undefined);
        expect((await MarathonState.load(repository)).deployments()).to.deep.equal([]);
      });

      it('tells listeners about each change only after the store has it, until they unsubscribe', async () => {
        const log: string[] = [];
        const state = await MarathonState.load(new MarathonRepository(recording(store, log)));
        const stop = state.onChange((change: StateChange) => {
          log.push(change.kind === 'instance' ? `emit instance ${String(change.removed)}` : `emit ${change.kind}`);
        });
        await state.putApp(app(WEB));
        await state.putInstance(inst('i1', 'scheduled', { appId: WEB }));
        await state.removeInstance('i1');
        await state.putDeployment(deployment('d1', at(1), [WEB]));
        await state.removeDeployment('d1');
        await state.removeApp(WEB);
        stop();
        await state.putApp(app(DB));
        const emits = log.filter((line) => line.startsWith('emit'));
        expect(emits).to.deep.equal([
          'emit app', 'emit instance false', 'emit instance true', 'emit deployment', 'emit deployment', 'emit app',
        ]);
        // Each emit comes after the write it announces.
        const firstIndex = (line: string) => log.indexOf(line);
        expect(firstIndex(`put ${storeKeys.app(WEB)}`)).to.be.below(firstIndex('emit app'));
        expect(firstIndex(`put ${storeKeys.instance('i1')}`)).to.be.below(firstIndex('emit instance false'));
        expect(firstIndex(`delete ${storeKeys.instance('i1')}`)).to.be.below(firstIndex('emit instance true'));
        expect(firstIndex(`put ${storeKeys.deployment('d1')}`)).to.be.below(firstIndex('emit deployment'));
        expect(log.lastIndexOf(`delete ${storeKeys.app(WEB)}`)).to.be.below(log.lastIndexOf('emit app'));
      });
    });
  });
}

describe('marathon core: MarathonState task index (property, MemoryStore)', () => {
  type Op = { kind: 'put'; instance: number; task: number | undefined } | { kind: 'remove'; instance: number };
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ kind: fc.constant('put' as const), instance: fc.integer({ min: 0, max: 3 }), task: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }) }),
    fc.record({ kind: fc.constant('remove' as const), instance: fc.integer({ min: 0, max: 3 }) }),
  );

  it('instanceOfTask answers the instance whose current task it is, before and after a reload', async () => {
    await fc.assert(fc.asyncProperty(fc.array(op, { maxLength: 30 }), async (ops) => {
      const store = new MemoryStore();
      const repository = new MarathonRepository(store);
      const state = await MarathonState.load(repository);
      const model = new Map<string, Instance>();
      for (const o of ops) {
        const id = `a.b_c.instance-${o.instance}`;
        if (o.kind === 'remove') {
          await state.removeInstance(id);
          model.delete(id);
          continue;
        }
        // Task ids are never reused across instances (each launch gets a fresh one): make them unique per instance.
        const instance = inst(id, o.task === undefined ? 'scheduled' : 'running', {
          appId: '/a.b/c', ...(o.task === undefined ? {} : { taskId: `${id}._app.${o.task}` }),
        });
        await state.putInstance(instance);
        model.set(id, instance);
      }
      const loaded = await MarathonState.load(repository);
      for (const s of [state, loaded]) {
        for (let i = 0; i <= 3; i++) {
          for (let t = 0; t <= 5; t++) {
            const taskId = `a.b_c.instance-${i}._app.${t}`;
            const owner = [...model.values()].find((m) => m.taskId === taskId);
            expect(s.instanceOfTask(taskId)).to.deep.equal(owner);
          }
        }
        expect(s.instances().length).to.equal(model.size);
      }
      await store.close();
    }), { numRuns: 60 });
  });
});
