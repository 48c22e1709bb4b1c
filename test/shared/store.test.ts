import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type NatsConnection } from 'nats';
import { startNatsServer, type NatsServerProcess } from '../../cli/nats-server.js';
import { isDroverError } from '../../shared/errors/index.js';
import { randomToken } from '../../shared/ids/index.js';
import {
  JetStreamStore,
  LmdbStore,
  MemoryStore,
  openJetStreamStore,
  openLmdbStore,
  openStore,
  parseNatsSpec,
  subjectFilter,
  type StoreChange,
} from '../../shared/store/index.js';
import { runStoreConformance } from './store-conformance.js';

const text = (value: string): Uint8Array => new TextEncoder().encode(value);
const decode = (value: Uint8Array | undefined): string => new TextDecoder().decode(value);

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'drover-store-'));
}

runStoreConformance('MemoryStore', () =>
  Promise.resolve({ store: new MemoryStore(), cleanup: () => Promise.resolve() }),
);

runStoreConformance('LmdbStore', async () => {
  const dir = tempDir();
  const store = await openLmdbStore(join(dir, 'state.db'));
  return {
    store,
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('JetStreamStore against a real nats-server', function () {
  let server: NatsServerProcess;
  let admin: NatsConnection;

  before(async function () {
    server = await startNatsServer({ jetstream: true });
    admin = await connect({ servers: server.url });
  });

  after(async function () {
    await admin?.close();
    await server?.stop();
  });

  async function deleteBucket(bucket: string): Promise<void> {
    const jsm = await admin.jetstreamManager();
    await jsm.streams.delete(`KV_${bucket}`);
  }

  runStoreConformance('JetStreamStore', async () => {
    const bucket = `conformance-${randomToken()}`;
    const store = await openJetStreamStore({ servers: server.url, bucket });
    return {
      store,
      async cleanup() {
        await store.close();
        await deleteBucket(bucket);
      },
    };
  });

  it('two stores on one bucket share state, and a watch sees the other writer', async function () {
    const bucket = `shared-${randomToken()}`;
    const first = await openJetStreamStore({ servers: server.url, bucket });
    const second = await openJetStreamStore({ servers: [server.url], bucket, history: 1 });
    try {
      const seen: StoreChange[] = [];
      let allArrived = (): void => undefined;
      const arrived = new Promise<void>((resolve) => {
        allArrived = resolve;
      });
      await first.watch('agents.', (change) => {
        seen.push(change);
        if (seen.length === 2) allArrived();
      });
      const revision = await second.compareAndSwap('agents.a1', text('up'), 0);
      expect((await first.get('agents.a1'))?.revision).to.equal(revision);
      await expectMismatch(first.compareAndSwap('agents.a1', text('again'), 0));
      await second.delete('agents.a1', revision);
      await arrived;
      expect(seen.map((change) => change.kind)).to.deep.equal(['put', 'delete']);
    } finally {
      await first.close();
      await second.close();
      await deleteBucket(bucket);
    }
  });

  it('uses a given connection and leaves it open on close', async function () {
    const bucket = `given-${randomToken()}`;
    const store = await openJetStreamStore({ servers: server.url, bucket, connection: admin });
    expect(store).to.be.instanceOf(JetStreamStore);
    await store.put('k', text('v'));
    await store.close();
    expect(admin.isClosed()).to.equal(false);
    const again = await openJetStreamStore({ servers: server.url, bucket, connection: admin });
    expect(decode((await again.get('k'))?.value)).to.equal('v');
    await again.close();
    await deleteBucket(bucket);
  });

  it('openStore(nats://...) opens the bucket named in the spec', async function () {
    const bucket = `spec-${randomToken()}`;
    const store = await openStore(`${server.url}?bucket=${bucket}`);
    expect(store).to.be.instanceOf(JetStreamStore);
    await store.put('k', text('v'));
    await store.close();
    const jsm = await admin.jetstreamManager();
    expect((await jsm.streams.info(`KV_${bucket}`)).state.messages).to.equal(1);
    await deleteBucket(bucket);
  });

  it('refuses a malformed bucket name and reports an unreachable server as STORE_IO', async function () {
    const badBucket = await openJetStreamStore({ servers: server.url, bucket: 'no.dots' }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(isDroverError(badBucket, 'INVALID_ARGUMENT')).to.equal(true);
    const stopped = await startNatsServer({ jetstream: true });
    await stopped.stop();
    const unreachable = await openJetStreamStore({ servers: stopped.url, bucket: 'x' }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(isDroverError(unreachable, 'STORE_IO'), String(unreachable)).to.equal(true);
  });
});

describe('LmdbStore on disk', function () {
  let dir: string;

  beforeEach(function () {
    dir = tempDir();
  });

  afterEach(function () {
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps values and revisions across close and reopen, and CAS against them still works', async function () {
    const path = join(dir, 'registry.lmdb');
    const first = await openLmdbStore(path);
    const created = await first.compareAndSwap('registry.agents.a1', text('admitted'), 0);
    const kept = await first.put('registry.weights.dev', text('2.5'));
    await first.put('registry.gone.x', text('x'));
    await first.delete('registry.gone.x');
    await first.close();

    const reopened = await openLmdbStore(path);
    try {
      const entry = await reopened.get('registry.agents.a1');
      expect(decode(entry?.value)).to.equal('admitted');
      expect(entry?.revision).to.equal(created);
      expect((await reopened.get('registry.weights.dev'))?.revision).to.equal(kept);
      expect(await reopened.get('registry.gone.x')).to.equal(undefined);
      expect((await reopened.list('registry.')).map((item) => item.key)).to.deep.equal([
        'registry.agents.a1',
        'registry.weights.dev',
      ]);
      await expectMismatch(reopened.compareAndSwap('registry.agents.a1', text('again'), 0));
      const swapped = await reopened.compareAndSwap('registry.agents.a1', text('unreachable'), created);
      // The revision counter survived too: nothing written after the reopen reuses an old revision.
      expect(swapped).to.be.greaterThan(kept);
      await expectMismatch(reopened.compareAndSwap('registry.agents.a1', text('stale'), created));
    } finally {
      await reopened.close();
    }
  });

  it('close() waits for writes already under way', async function () {
    const path = join(dir, 'busy');
    const store = await openLmdbStore(path);
    const writes = Array.from({ length: 50 }, (_, i) => store.put(`k.${i}`, text(String(i))));
    await store.close();
    await Promise.all(writes);
    const reopened = await openLmdbStore(path);
    expect(await reopened.list('k.')).to.have.length(50);
    await reopened.close();
  });
});

describe('openStore', function () {
  let dir: string;

  beforeEach(function () {
    dir = tempDir();
  });

  afterEach(function () {
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens a memory store for memory:', async function () {
    const store = await openStore('memory:');
    expect(store).to.be.instanceOf(MemoryStore);
    await store.close();
  });

  it('opens an LMDB store for lmdb:PATH and for a plain path', async function () {
    for (const spec of [`lmdb:${join(dir, 'a')}`, join(dir, 'b')]) {
      const store = await openStore(spec);
      expect(store, spec).to.be.instanceOf(LmdbStore);
      await store.put('k', text('v'));
      await store.close();
    }
  });

  it('refuses unknown schemes and empty paths with CONFIG', async function () {
    for (const spec of ['redis://localhost', 'lmdb:', '', 'nats://?bucket=x', 'nats://h:1?bucket=x&color=red']) {
      const error = await openStore(spec).then(
        () => undefined,
        (failure: unknown) => failure,
      );
      expect(isDroverError(error, 'CONFIG'), `${spec}: ${String(error)}`).to.equal(true);
    }
  });

  it('parses nats:// specs into JetStream options', function () {
    expect(parseNatsSpec('nats://h:4222')).to.deep.equal({ servers: 'nats://h:4222', bucket: 'drover' });
    expect(parseNatsSpec('nats://a:1,b:2?bucket=prod&replicas=3&history=5')).to.deep.equal({
      servers: ['nats://a:1', 'nats://b:2'],
      bucket: 'prod',
      replicas: 3,
      history: 5,
    });
    expect(parseNatsSpec('tls://h:4222/?bucket=x')).to.deep.equal({ servers: 'tls://h:4222', bucket: 'x' });
    expect(() => parseNatsSpec('nats://h:1?replicas=0')).to.throw(/replicas/);
  });

  it('narrows KV subject filters to whole tokens of the prefix', function () {
    expect(subjectFilter('')).to.equal('>');
    expect(subjectFilter('registry')).to.equal('>');
    expect(subjectFilter('registry.')).to.equal('registry.>');
    expect(subjectFilter('registry.agents.')).to.equal('registry.agents.>');
    expect(subjectFilter('registry.age')).to.equal('registry.>');
  });
});

async function expectMismatch(promise: Promise<unknown>): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (failure: unknown) => failure,
  );
  expect(isDroverError(error, 'STORE_REVISION_MISMATCH'), String(error)).to.equal(true);
}
