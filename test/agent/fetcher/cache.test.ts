// The fetcher cache: hits skip the download (requests counted on a real server), per user, LRU eviction under the
// size bound, concurrent fetches share one download, entries survive a new Fetcher on the same directory.
import { expect } from 'chai';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Fetcher, FetcherCache } from '../../../agent/fetcher/index.js';
import { makeArchive, startFileServer, type FileServer } from './support.js';

describe('fetcher cache (real HTTP server, real files)', function () {
  let server: FileServer;
  let dir: string;
  let cacheDir: string;
  let sandboxes = 0;

  before(async () => {
    server = await startFileServer();
  });

  after(async () => {
    await server.close();
  });

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'drover-fetcher-cache-'));
    cacheDir = join(dir, 'cache');
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const sandbox = (): string => join(dir, `sandbox-${(sandboxes += 1)}`);
  const cached = (path: string, extra: { extract?: boolean; outputFile?: string } = {}): { value: string; cache: true } =>
    ({ value: `${server.url}${path}`, cache: true, ...extra });

  it('downloads a cached URI once: the next task gets it from the cache', async () => {
    server.serve('/once.bin', 'x'.repeat(1000));
    const fetcher = new Fetcher({ cacheDir, cacheMaxBytes: 10_000 });
    const first = sandbox();
    const second = sandbox();
    const [miss] = await fetcher.fetch({ uris: [cached('/once.bin')], sandbox: first });
    const [hit] = await fetcher.fetch({ uris: [cached('/once.bin', { outputFile: 'renamed.bin' })], sandbox: second });
    expect([miss?.cache, hit?.cache]).to.deep.equal(['miss', 'hit']);
    expect(server.requests.get('/once.bin')).to.equal(1);
    expect(await readFile(join(second, 'renamed.bin'), 'utf8')).to.equal('x'.repeat(1000));
    // Without `cache`, the same URI is downloaded again.
    await fetcher.fetch({ uris: [{ value: `${server.url}/once.bin` }], sandbox: sandbox() });
    expect(server.requests.get('/once.bin')).to.equal(2);
  });

  it('keeps users apart: the same URI for another user is downloaded again', async () => {
    server.serve('/per-user.txt', 'data');
    const fetcher = new Fetcher({ cacheDir, cacheMaxBytes: 10_000 });
    await fetcher.fetch({ uris: [cached('/per-user.txt')], sandbox: sandbox() });
    await fetcher.fetch({ uris: [cached('/per-user.txt')], sandbox: sandbox(), ...(process.getuid?.() === 0 ? { user: 'nobody' } : {}) });
    expect(server.requests.get('/per-user.txt')).to.equal(process.getuid?.() === 0 ? 2 : 1);
    expect(FetcherCache.key('alice', 'http://x/a')).to.not.equal(FetcherCache.key('bob', 'http://x/a'));
    expect(FetcherCache.key(undefined, 'http://x/a')).to.not.equal(FetcherCache.key(undefined, 'http://x/b'));
  });

  it('shares one download between concurrent fetches of the same URI', async () => {
    server.serve('/shared.bin', 'y'.repeat(5000));
    const fetcher = new Fetcher({ cacheDir, cacheMaxBytes: 100_000 });
    const targets = [sandbox(), sandbox(), sandbox(), sandbox()];
    const results = await Promise.all(targets.map((target) => fetcher.fetch({ uris: [cached('/shared.bin')], sandbox: target })));
    expect(server.requests.get('/shared.bin')).to.equal(1);
    expect(results.map(([entry]) => entry?.cache).sort()).to.deep.equal(['hit', 'hit', 'hit', 'miss']);
    for (const target of targets) expect((await stat(join(target, 'shared.bin'))).size).to.equal(5000);
  });

  it('evicts the least recently used entries to stay under its size bound; too large files pass uncached', async () => {
    for (const name of ['a', 'b', 'c']) server.serve(`/${name}.bin`, name.repeat(400));
    server.serve('/huge.bin', 'h'.repeat(2000));
    const fetcher = new Fetcher({ cacheDir, cacheMaxBytes: 1000 });
    const fetchOne = async (name: string): Promise<string | undefined> =>
      (await fetcher.fetch({ uris: [cached(`/${name}.bin`)], sandbox: sandbox() }))[0]?.cache;
    expect(await fetchOne('a')).to.equal('miss');
    expect(await fetchOne('b')).to.equal('miss');
    expect(await fetchOne('a')).to.equal('hit'); // a is now the most recently used
    expect(await fetchOne('c')).to.equal('miss'); // evicts b, the least recently used
    expect(await fetchOne('a')).to.equal('hit');
    expect(await fetchOne('b')).to.equal('miss');
    expect(server.requests.get('/b.bin')).to.equal(2);
    expect(server.requests.get('/a.bin')).to.equal(1);
    const target = sandbox();
    const [huge] = await fetcher.fetch({ uris: [cached('/huge.bin')], sandbox: target });
    expect(huge?.cache).to.equal('bypass');
    expect((await stat(join(target, 'huge.bin'))).size).to.equal(2000);
    const files = await readdir(cacheDir);
    expect(files).to.have.length(2);
    let total = 0;
    for (const file of files) total += (await stat(join(cacheDir, file))).size;
    expect(total).to.be.at.most(1000);
  });

  it('unpacks a cached archive into the sandbox without leaving the archive there', async () => {
    server.serve('/bundle.tgz', await makeArchive('tar.gz', { 'lib/code.txt': 'code\n' }));
    const fetcher = new Fetcher({ cacheDir, cacheMaxBytes: 100_000 });
    for (const expected of ['miss', 'hit']) {
      const target = sandbox();
      const [entry] = await fetcher.fetch({ uris: [cached('/bundle.tgz', { extract: true })], sandbox: target });
      expect(entry?.cache).to.equal(expected);
      expect(await readdir(target)).to.deep.equal(['lib']);
      expect(await readFile(join(target, 'lib', 'code.txt'), 'utf8')).to.equal('code\n');
    }
    expect(server.requests.get('/bundle.tgz')).to.equal(1);
  });

  it('finds its entries again after a restart, drops partial downloads, and a 0 size bound disables it', async () => {
    server.serve('/kept.txt', 'kept');
    await new Fetcher({ cacheDir, cacheMaxBytes: 10_000 }).fetch({ uris: [cached('/kept.txt')], sandbox: sandbox() });
    await writeFile(join(cacheDir, `${'0'.repeat(64)}.abc.part`), 'half');
    const [again] = await new Fetcher({ cacheDir, cacheMaxBytes: 10_000 }).fetch({ uris: [cached('/kept.txt')], sandbox: sandbox() });
    expect(again?.cache).to.equal('hit');
    expect(server.requests.get('/kept.txt')).to.equal(1);
    expect((await readdir(cacheDir)).filter((name) => name.endsWith('.part'))).to.deep.equal([]);
    const [off] = await new Fetcher({ cacheDir, cacheMaxBytes: 0 }).fetch({ uris: [cached('/kept.txt')], sandbox: sandbox() });
    expect(off?.cache).to.equal('off');
    expect(server.requests.get('/kept.txt')).to.equal(2);
  });

  it('fails every waiter when the shared download fails, and caches nothing', async () => {
    const fetcher = new Fetcher({ cacheDir, cacheMaxBytes: 10_000 });
    const outcomes = await Promise.allSettled([1, 2].map(() => fetcher.fetch({ uris: [cached('/absent.bin')], sandbox: sandbox() })));
    expect(outcomes.map((outcome) => outcome.status)).to.deep.equal(['rejected', 'rejected']);
    expect(server.requests.get('/absent.bin')).to.equal(1);
    expect(await readdir(cacheDir)).to.deep.equal([]);
  });
});
