// The behaviour every Store implementation must show (shared/store/types.ts). store.test.ts runs it against the
// in-memory, LMDB and NATS JetStream KV stores.
import { expect } from 'chai';
import fc from 'fast-check';
import { isDroverError, type ErrorCode } from '../../shared/errors/index.js';
import type { Store, StoreChange } from '../../shared/store/index.js';

export interface StoreUnderTest {
  readonly store: Store;
  cleanup(): Promise<void>;
}

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const text = (value: string): Uint8Array => new TextEncoder().encode(value);

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the operation to fail, but it succeeded');
}

async function expectCode(promise: Promise<unknown>, code: ErrorCode, mentioning?: string): Promise<void> {
  const error = await rejection(promise);
  expect(isDroverError(error, code), `expected ${code}, got ${String(error)}`).to.equal(true);
  if (mentioning !== undefined) expect((error as Error).message).to.include(mentioning);
}

/** Collects a watch's changes; `next(n)` resolves once n changes have arrived in total. */
class ChangeLog {
  readonly changes: StoreChange[] = [];
  private waiters: { count: number; resolve: () => void }[] = [];

  readonly onChange = (change: StoreChange): void => {
    this.changes.push(change);
    this.waiters = this.waiters.filter((waiter) => {
      if (this.changes.length < waiter.count) return true;
      waiter.resolve();
      return false;
    });
  };

  async next(count: number): Promise<StoreChange[]> {
    if (this.changes.length < count) {
      await new Promise<void>((resolve) => this.waiters.push({ count, resolve }));
    }
    return this.changes.slice(0, count);
  }
}

function summary(change: StoreChange): string {
  return change.kind === 'put' ? `put ${change.key}=${new TextDecoder().decode(change.value)}` : `delete ${change.key}`;
}

export function runStoreConformance(name: string, make: () => Promise<StoreUnderTest>): void {
  describe(`Store conformance: ${name}`, function () {
    let subject: StoreUnderTest | undefined;
    let store: Store;

    beforeEach(async function () {
      subject = await make();
      store = subject.store;
    });

    afterEach(async function () {
      await subject?.cleanup();
      subject = undefined;
    });

    it('get of a key never written is undefined', async function () {
      expect(await store.get('registry.agents.nobody')).to.equal(undefined);
    });

    it('put then get returns the value and a positive revision', async function () {
      const revision = await store.put('registry.agents.a1', text('hello'));
      expect(revision).to.be.greaterThan(0);
      const entry = await store.get('registry.agents.a1');
      expect(entry?.key).to.equal('registry.agents.a1');
      expect(entry?.revision).to.equal(revision);
      expect(new TextDecoder().decode(entry?.value)).to.equal('hello');
    });

    it('the revision grows with each put to a key', async function () {
      const first = await store.put('weights.role1', text('1'));
      const second = await store.put('weights.role1', text('2'));
      const third = await store.put('weights.role1', text('3'));
      expect(second).to.be.greaterThan(first);
      expect(third).to.be.greaterThan(second);
      expect((await store.get('weights.role1'))?.revision).to.equal(third);
    });

    it('compareAndSwap with 0 creates an absent key once, then reports a mismatch', async function () {
      const revision = await store.compareAndSwap('leader', text('m1'), 0);
      expect(revision).to.be.greaterThan(0);
      await expectCode(store.compareAndSwap('leader', text('m2'), 0), 'STORE_REVISION_MISMATCH', 'leader');
      const entry = await store.get('leader');
      expect(new TextDecoder().decode(entry?.value)).to.equal('m1');
      expect(entry?.revision).to.equal(revision);
    });

    it('compareAndSwap succeeds at the current revision and refuses an old one', async function () {
      const first = await store.put('quota.dev', text('a'));
      const second = await store.compareAndSwap('quota.dev', text('b'), first);
      expect(second).to.be.greaterThan(first);
      await expectCode(store.compareAndSwap('quota.dev', text('c'), first), 'STORE_REVISION_MISMATCH', 'quota.dev');
      await expectCode(store.compareAndSwap('quota.absent', text('c'), first), 'STORE_REVISION_MISMATCH');
      const entry = await store.get('quota.dev');
      expect(new TextDecoder().decode(entry?.value)).to.equal('b');
      expect(entry?.revision).to.equal(second);
    });

    it('of 10 racers creating one key, exactly one wins', async function () {
      const racers = Array.from({ length: 10 }, (_, i) => store.compareAndSwap('leader.lock', text(`m${i}`), 0));
      const results = await Promise.allSettled(racers);
      const winners = results.filter((result) => result.status === 'fulfilled');
      expect(winners).to.have.length(1);
      for (const result of results) {
        if (result.status === 'rejected') {
          expect(isDroverError(result.reason, 'STORE_REVISION_MISMATCH'), String(result.reason)).to.equal(true);
        }
      }
      const winner = results.findIndex((result) => result.status === 'fulfilled');
      expect(new TextDecoder().decode((await store.get('leader.lock'))?.value)).to.equal(`m${winner}`);
    });

    it('of 10 racers swapping from the same revision, exactly one wins', async function () {
      const base = await store.put('leader.lease', text('old'));
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, (_, i) => store.compareAndSwap('leader.lease', text(`m${i}`), base)),
      );
      expect(results.filter((result) => result.status === 'fulfilled')).to.have.length(1);
      const rejected = results.filter((result) => result.status === 'rejected');
      expect(rejected.every((result) => isDroverError(result.reason, 'STORE_REVISION_MISMATCH'))).to.equal(true);
    });

    it('delete removes a key; deleting an absent key is no error', async function () {
      await store.put('frameworks.f1', text('x'));
      await store.delete('frameworks.f1');
      expect(await store.get('frameworks.f1')).to.equal(undefined);
      await store.delete('frameworks.f1');
      await store.delete('frameworks.never');
      expect(await store.get('frameworks.f1')).to.equal(undefined);
    });

    it('delete with an expected revision applies only while it still matches', async function () {
      const first = await store.put('frameworks.f2', text('a'));
      const second = await store.put('frameworks.f2', text('b'));
      await expectCode(store.delete('frameworks.f2', first), 'STORE_REVISION_MISMATCH', 'frameworks.f2');
      await expectCode(store.delete('frameworks.f2', 0), 'STORE_REVISION_MISMATCH');
      expect((await store.get('frameworks.f2'))?.revision).to.equal(second);
      await store.delete('frameworks.f2', second);
      expect(await store.get('frameworks.f2')).to.equal(undefined);
      await expectCode(store.delete('frameworks.f2', second), 'STORE_REVISION_MISMATCH');
    });

    it('a deleted key can be created again, and revisions from before the delete stay stale', async function () {
      const before = await store.compareAndSwap('agents.a9', text('first'), 0);
      await store.delete('agents.a9');
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, (_, i) => store.compareAndSwap('agents.a9', text(`again${i}`), 0)),
      );
      expect(results.filter((result) => result.status === 'fulfilled')).to.have.length(1);
      const entry = await store.get('agents.a9');
      expect(new TextDecoder().decode(entry?.value)).to.match(/^again\d$/);
      expect(entry?.revision).to.be.greaterThan(before);
      await expectCode(store.compareAndSwap('agents.a9', text('stale'), before), 'STORE_REVISION_MISMATCH');
    });

    it('list returns the live entries under a prefix in key order', async function () {
      await store.put('reg.agents.b', text('b'));
      await store.put('reg.agents.a', text('a'));
      await store.put('reg.agents.c', text('c'));
      await store.put('reg.agentsX', text('x'));
      await store.put('reg.frameworks.a', text('f'));
      await store.put('other', text('o'));
      await store.delete('reg.agents.c');
      const agents = await store.list('reg.agents.');
      expect(agents.map((entry) => entry.key)).to.deep.equal(['reg.agents.a', 'reg.agents.b']);
      expect(agents.map((entry) => new TextDecoder().decode(entry.value))).to.deep.equal(['a', 'b']);
      const current = await store.get('reg.agents.a');
      expect(agents[0]?.revision).to.equal(current?.revision);
      // A prefix may stop inside a token: it is a plain string prefix.
      expect((await store.list('reg.agents')).map((entry) => entry.key)).to.deep.equal([
        'reg.agents.a',
        'reg.agents.b',
        'reg.agentsX',
      ]);
      expect((await store.list('reg.fr')).map((entry) => entry.key)).to.deep.equal(['reg.frameworks.a']);
      expect(await store.list('nothing.here.')).to.deep.equal([]);
      expect((await store.list('')).map((entry) => entry.key)).to.deep.equal([
        'other',
        'reg.agents.a',
        'reg.agents.b',
        'reg.agentsX',
        'reg.frameworks.a',
      ]);
    });

    it('watch sees later puts and deletes under its prefix, in order, until stopped', async function () {
      await store.put('jobs.before', text('ignored'));
      const log = new ChangeLog();
      const watch = await store.watch('jobs.', log.onChange);
      const revision = await store.put('jobs.j1', text('v1'));
      await store.put('elsewhere.j1', text('not mine'));
      await store.put('jobs.j2', text('v1'));
      await store.put('jobs.j1', text('v2'));
      await store.delete('jobs.j1');
      const changes = await log.next(4);
      expect(changes.map(summary)).to.deep.equal(['put jobs.j1=v1', 'put jobs.j2=v1', 'put jobs.j1=v2', 'delete jobs.j1']);
      expect(changes[0]).to.include({ kind: 'put', revision });

      // Stopped while its write is still on the way: the change must not be delivered.
      const late = store.put('jobs.j3', text('after stop'));
      watch.stop();
      await late;
      await store.put('jobs.j3', text('after stop, again'));
      // A second watch that sees a later write proves the first had its chance to (wrongly) see jobs.j3.
      const witness = new ChangeLog();
      const witnessWatch = await store.watch('jobs.', witness.onChange);
      await store.put('jobs.j4', text('witness'));
      expect((await witness.next(1)).map(summary)).to.deep.equal(['put jobs.j4=witness']);
      witnessWatch.stop();
      expect(log.changes).to.have.length(4);
    });

    it('rejects malformed keys and prefixes with INVALID_ARGUMENT naming them', async function () {
      const badKeys = ['', '.a', 'a.', 'a..b', 'a b', 'a*', 'a.>', 'ä', 'a\nb', 'a:b'];
      for (const key of badKeys) {
        const named = JSON.stringify(key);
        await expectCode(store.get(key), 'INVALID_ARGUMENT', named);
        await expectCode(store.put(key, text('x')), 'INVALID_ARGUMENT', named);
        await expectCode(store.compareAndSwap(key, text('x'), 0), 'INVALID_ARGUMENT', named);
        await expectCode(store.delete(key), 'INVALID_ARGUMENT', named);
      }
      for (const prefix of ['.', 'a..', '*', 'a.>', 'a b']) {
        await expectCode(store.list(prefix), 'INVALID_ARGUMENT', JSON.stringify(prefix));
        await expectCode(store.watch(prefix, () => undefined), 'INVALID_ARGUMENT', JSON.stringify(prefix));
      }
      await expectCode(store.compareAndSwap('ok', text('x'), -1), 'INVALID_ARGUMENT');
      await expectCode(store.compareAndSwap('ok', text('x'), 1.5), 'INVALID_ARGUMENT');
      expect(await store.list('')).to.deep.equal([]);
      // Every character of the alphabet is accepted.
      await store.put('Az09_=/-.x', text('ok'));
      expect((await store.get('Az09_=/-.x'))?.key).to.equal('Az09_=/-.x');
    });

    it('values are bytes: arbitrary binary (zeros, empty, large) round-trips unchanged', async function () {
      const samples = [bytes(), bytes(0), bytes(0, 0, 0), bytes(0, 255, 0, 128, 10, 13), new Uint8Array(64 * 1024).fill(7)];
      for (const [index, value] of samples.entries()) {
        const revision = await store.put(`blob.${index}`, value);
        const entry = await store.get(`blob.${index}`);
        expect(entry?.revision).to.equal(revision);
        expect(Array.from(entry?.value ?? [0xdead])).to.deep.equal(Array.from(value));
      }
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (value) => {
          await store.put('blob.property', value);
          expect(Array.from((await store.get('blob.property'))?.value ?? [0xdead])).to.deep.equal(Array.from(value));
        }),
        { numRuns: 25 },
      );
    });

    it('changing bytes a caller holds does not change the store', async function () {
      const value = bytes(1, 2, 3);
      await store.put('copy.a', value);
      value[0] = 9;
      const read = await store.get('copy.a');
      read?.value.fill(9);
      expect(Array.from((await store.get('copy.a'))?.value ?? [])).to.deep.equal([1, 2, 3]);
    });

    it('a closed store refuses work with STORE_CLOSED', async function () {
      await store.put('x', text('1'));
      await store.close();
      await expectCode(store.get('x'), 'STORE_CLOSED');
      await expectCode(store.put('x', text('2')), 'STORE_CLOSED');
      await expectCode(store.compareAndSwap('x', text('2'), 0), 'STORE_CLOSED');
      await expectCode(store.delete('x'), 'STORE_CLOSED');
      await expectCode(store.list(''), 'STORE_CLOSED');
      await expectCode(store.watch('', () => undefined), 'STORE_CLOSED');
      await store.close();
    });
  });
}
