import { expect } from 'chai';
import { startNatsServer, type NatsServerProcess } from '../../cli/nats-server.js';
import {
  connectNatsBus,
  createBus,
  MemoryBus,
  NatsBus,
  natsConfigFromUrl,
  type Bus,
} from '../../shared/bus/index.js';
import { isDroverError } from '../../shared/errors/index.js';
import { runBusConformance } from './bus-conformance.js';

runBusConformance('MemoryBus', () => {
  const network = new MemoryBus();
  return Promise.resolve({ a: network.connection(), b: network.connection(), cleanup: () => network.close() });
});

describe('NatsBus against a real nats-server', function () {
  this.timeout(20_000);
  let server: NatsServerProcess | undefined;

  before(async function () {
    server = await startNatsServer();
  });

  after(async function () {
    await server?.stop();
  });

  runBusConformance('NatsBus', async () => {
    const url = server?.url ?? 'nats://127.0.0.1:1';
    const a = await connectNatsBus({ servers: url, name: 'conformance-a' });
    const b = await connectNatsBus(url);
    return { a, b, cleanup: async () => void (await Promise.all([a.close(), b.close()])) };
  });
});

describe('MemoryBus connections', function () {
  it('closing a connection handle leaves the network and other handles open', async function () {
    const network = new MemoryBus();
    const first = network.connection();
    const second = network.connection();
    second.subscribe('x', (message) => message.respond(message.data));
    await first.close();
    expect(first.isClosed).to.equal(true);
    expect(second.isClosed).to.equal(false);
    expect(await network.request('x', new Uint8Array([7]), { timeoutMs: 1_000 })).to.deep.equal(new Uint8Array([7]));
    await network.close();
  });

  it('closing the MemoryBus made by new closes every handle', async function () {
    const network = new MemoryBus();
    const handle = network.connection();
    await network.close();
    expect(handle.isClosed).to.equal(true);
    expect(() => network.connection()).to.throw();
  });

  it('routes queue groups round-robin', async function () {
    const network = new MemoryBus();
    const counts = [0, 0, 0];
    counts.forEach((_, index) => network.subscribe('q', () => (counts[index] = (counts[index] ?? 0) + 1), { queue: 'g' }));
    for (let index = 0; index < 30; index += 1) network.publish('q', new Uint8Array());
    await network.flush();
    expect(counts).to.deep.equal([10, 10, 10]);
    await network.close();
  });

  it('hands a throwing handler error to onHandlerError and keeps delivering', async function () {
    const errors: string[] = [];
    const network = new MemoryBus({ onHandlerError: (error, subject) => errors.push(`${subject}:${String(error)}`) });
    let delivered = 0;
    network.subscribe('boom', () => {
      delivered += 1;
      throw new Error('bad');
    });
    network.publish('boom', new Uint8Array());
    network.publish('boom', new Uint8Array());
    await network.flush();
    expect(delivered).to.equal(2);
    expect(errors).to.deep.equal(['boom:Error: bad', 'boom:Error: bad']);
    await network.close();
  });
});

describe('natsConfigFromUrl and createBus', function () {
  it('reads servers, user/password, token and tls from URLs', function () {
    expect(natsConfigFromUrl('nats://127.0.0.1:4222')).to.deep.equal({ servers: ['nats://127.0.0.1:4222'] });
    expect(natsConfigFromUrl('nats://al%40ice:s3cret@h1:1,nats://h2:2')).to.deep.equal({
      servers: ['nats://h1:1', 'nats://h2:2'],
      user: 'al@ice',
      pass: 's3cret',
    });
    expect(natsConfigFromUrl('tls://tok@h:4443')).to.deep.equal({ servers: ['nats://h:4443'], token: 'tok', tls: {} });
    expect(natsConfigFromUrl('localhost:4222')).to.deep.equal({ servers: ['nats://localhost:4222'] });
    for (const bad of ['http://h:1', '', 'nats://']) {
      expect(() => natsConfigFromUrl(bad), bad).to.throw().that.satisfies((error: unknown) => isDroverError(error, 'CONFIG'));
    }
  });

  it('makes a memory bus without nats, and fails with CONFIG when the server is unreachable', async function () {
    const bus: Bus = await createBus({});
    expect(bus).to.be.instanceOf(MemoryBus);
    await bus.close();
    try {
      await createBus({ nats: 'nats://127.0.0.1:1' });
      expect.fail('connected to nothing');
    } catch (error) {
      expect(isDroverError(error, 'CONFIG'), String(error)).to.equal(true);
    }
  });

  it('makes a NatsBus from a URL and reports its own close as a status', async function () {
    const server = await startNatsServer();
    try {
      const bus = await createBus({ nats: server.url });
      expect(bus).to.be.instanceOf(NatsBus);
      const statuses: string[] = [];
      (bus as NatsBus).onStatus((status) => statuses.push(status.type));
      await bus.close();
      await bus.close();
      expect(bus.isClosed).to.equal(true);
      expect(statuses).to.include('closed');
    } finally {
      await server.stop();
    }
  });
});
