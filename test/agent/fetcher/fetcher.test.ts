// The fetcher on real files: a local HTTP server, real tar and unzip, real sandboxes in a temp dir.
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { chmod, lstat, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDroverError } from '../../../shared/errors/index.js';
import type { pb } from '../../../shared/protocol/index.js';
import { Fetcher, archiveKind, validOutputFile, type FetchRequest } from '../../../agent/fetcher/index.js';
import { makeArchive, startFileServer, type FileServer } from './support.js';

async function fetchFails(fetcher: Fetcher, request: FetchRequest): Promise<string> {
  try {
    await fetcher.fetch(request);
  } catch (error) {
    expect(isDroverError(error, 'FETCH'), String(error)).to.equal(true);
    return (error as Error).message;
  }
  throw new Error('the fetch succeeded');
}

describe('fetcher (real files, HTTP server, tar and unzip)', function () {
  let server: FileServer;
  let dir: string;
  let sandbox: string;
  const fetcher = new Fetcher({ stallTimeoutMs: 300 });

  before(async () => {
    server = await startFileServer();
  });

  after(async () => {
    await server.close();
  });

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'drover-fetcher-'));
    sandbox = join(dir, 'sandbox');
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const uri = (value: string, extra: Omit<pb.CommandInfo.URI.$Properties, 'value'> = {}): pb.CommandInfo.URI.$Properties =>
    ({ value, ...extra });

  it('copies file:// URIs and absolute paths into the sandbox (created), not executable by default', async () => {
    const source = join(dir, 'config.txt');
    await writeFile(source, 'from disk\n');
    await chmod(source, 0o755);
    const other = join(dir, 'other.txt');
    await writeFile(other, 'plain path\n');
    const fetched = await fetcher.fetch({ uris: [uri(`file://${source}`), uri(other)], sandbox });
    expect(await readFile(join(sandbox, 'config.txt'), 'utf8')).to.equal('from disk\n');
    expect(await readFile(join(sandbox, 'other.txt'), 'utf8')).to.equal('plain path\n');
    expect((await stat(join(sandbox, 'config.txt'))).mode & 0o777).to.equal(0o644);
    expect(fetched.map((entry) => entry.path)).to.deep.equal([join(sandbox, 'config.txt'), join(sandbox, 'other.txt')]);
    expect(fetched.map((entry) => entry.cache)).to.deep.equal(['off', 'off']);
  });

  it('downloads http URIs, named by the last path segment (query left out)', async () => {
    server.serve('/files/data.json', '{"a":1}');
    await fetcher.fetch({ uris: [uri(`${server.url}/files/data.json?version=3`)], sandbox });
    expect(await readdir(sandbox)).to.deep.equal(['data.json']);
    expect(await readFile(join(sandbox, 'data.json'), 'utf8')).to.equal('{"a":1}');
  });

  for (const kind of ['tar.gz', 'zip', 'tar.bz2', 'tar.xz', 'tar'] as const) {
    it(`extracts a .${kind} next to itself and keeps the archive`, async () => {
      server.serve(`/bundle.${kind}`, await makeArchive(kind, { 'app/hello.txt': `hello from ${kind}\n`, 'top.txt': 'top\n' }));
      const [fetched] = await fetcher.fetch({ uris: [uri(`${server.url}/bundle.${kind}`, { extract: true })], sandbox });
      expect(fetched?.extracted).to.equal(true);
      expect(await readFile(join(sandbox, 'app', 'hello.txt'), 'utf8')).to.equal(`hello from ${kind}\n`);
      expect(await readFile(join(sandbox, 'top.txt'), 'utf8')).to.equal('top\n');
      expect((await readdir(sandbox)).sort()).to.deep.equal(['app', `bundle.${kind}`, 'top.txt']);
    });
  }

  it('extracts .tgz, .tbz2 and .txz too (the Mesos extensions)', () => {
    expect(['a.tgz', 'a.tbz2', 'a.txz', 'A.TAR.GZ', 'a.zip', 'a.tar'].map(archiveKind)).to.deep.equal(['tar', 'tar', 'tar', 'tar', 'zip', 'tar']);
    expect(['a.gz', 'a.sh', 'tar', 'a.zip.txt'].map(archiveKind)).to.deep.equal([undefined, undefined, undefined, undefined]);
  });

  it('does not extract without extract, nor files that are not archives', async () => {
    const archive = await makeArchive('tar.gz', { 'inner.txt': 'inner\n' });
    server.serve('/kept.tgz', archive);
    server.serve('/notes.txt', 'just text\n');
    const fetched = await fetcher.fetch({
      uris: [uri(`${server.url}/kept.tgz`), uri(`${server.url}/notes.txt`, { extract: true })], sandbox,
    });
    expect(fetched.map((entry) => entry.extracted)).to.deep.equal([false, false]);
    expect((await readdir(sandbox)).sort()).to.deep.equal(['kept.tgz', 'notes.txt']);
    expect(await readFile(join(sandbox, 'kept.tgz'))).to.deep.equal(archive);
  });

  it('makes executable URIs 0755 and never extracts them', async () => {
    server.serve('/tool.tgz', await makeArchive('tar.gz', { 'inner.txt': 'inner\n' }));
    server.serve('/run.sh', '#!/bin/sh\necho ran\n');
    await fetcher.fetch({
      uris: [uri(`${server.url}/run.sh`, { executable: true }), uri(`${server.url}/tool.tgz`, { executable: true, extract: true })],
      sandbox,
    });
    expect((await stat(join(sandbox, 'run.sh'))).mode & 0o777).to.equal(0o755);
    expect((await stat(join(sandbox, 'tool.tgz'))).mode & 0o777).to.equal(0o755);
    expect((await readdir(sandbox)).sort()).to.deep.equal(['run.sh', 'tool.tgz']);
    expect(execFileSync(join(sandbox, 'run.sh'), { encoding: 'utf8' })).to.equal('ran\n');
  });

  it('names the file by output_file, subdirectories created, and extracts by that name', async () => {
    server.serve('/download', await makeArchive('zip', { 'x.txt': 'x\n' }));
    server.serve('/plain', 'plain\n');
    await fetcher.fetch({
      uris: [uri(`${server.url}/download?id=1`, { outputFile: 'lib/pkg.zip', extract: true }),
        uri(`${server.url}/plain`, { outputFile: './conf/settings.ini' })],
      sandbox,
    });
    expect(await readFile(join(sandbox, 'lib', 'x.txt'), 'utf8')).to.equal('x\n');
    expect(await readFile(join(sandbox, 'conf', 'settings.ini'), 'utf8')).to.equal('plain\n');
    expect((await readdir(join(sandbox, 'lib'))).sort()).to.deep.equal(['pkg.zip', 'x.txt']);
  });

  it('refuses an output_file that leaves the sandbox or is absolute, writing nothing', async () => {
    server.serve('/evil.txt', 'evil\n');
    for (const outputFile of ['../escaped.txt', 'a/../../escaped.txt', '/tmp/escaped.txt', '.', 'dir/']) {
      const message = await fetchFails(fetcher, { uris: [uri(`${server.url}/evil.txt`, { outputFile })], sandbox });
      expect(message).to.match(new RegExp(`^fetch of ${server.url}/evil.txt failed: output_file '`));
    }
    expect(await readdir(dir)).to.deep.equal(['sandbox']);
    expect(await readdir(sandbox)).to.deep.equal([]);
    expect(validOutputFile('a/./b/../c.txt')).to.equal('a/c.txt');
  });

  it('refuses to write through a symlink an earlier archive planted in the sandbox', async () => {
    const outside = join(dir, 'outside');
    await mkdir(outside);
    server.serve('/plant.tar', await makeArchive('tar', { 'placeholder.txt': '' }));
    // An archive whose member is a symlink to a directory outside the sandbox.
    const staging = join(dir, 'staging');
    await mkdir(staging);
    await symlink(outside, join(staging, 'link'));
    execFileSync('tar', ['-cf', join(dir, 'link.tar'), 'link'], { cwd: staging });
    server.serve('/link.tar', await readFile(join(dir, 'link.tar')));
    server.serve('/payload.txt', 'payload\n');
    const message = await fetchFails(fetcher, {
      uris: [uri(`${server.url}/link.tar`, { extract: true }), uri(`${server.url}/payload.txt`, { outputFile: 'link/payload.txt' })],
      sandbox,
    });
    expect(message).to.contain("'link' in the sandbox is not a directory");
    expect(await readdir(outside)).to.deep.equal([]);
    // A symlink at the destination itself is replaced, not followed.
    await fetcher.fetch({ uris: [uri(`${server.url}/payload.txt`, { outputFile: 'link' })], sandbox });
    expect((await lstat(join(sandbox, 'link'))).isFile()).to.equal(true);
    expect(await readdir(outside)).to.deep.equal([]);
  });

  it('refuses unknown schemes by name, and relative paths', async () => {
    for (const [value, expected] of [
      ['hdfs://namenode/apps/app.jar', "unsupported URI scheme 'hdfs'"],
      ['s3://bucket/key.tgz', "unsupported URI scheme 's3'"],
      ['ftp://host/file', "unsupported URI scheme 'ftp'"],
      ['relative/file.txt', 'a relative path needs a scheme'],
      ['file://otherhost/etc/hosts', "host 'otherhost' is not this machine"],
    ] as const) {
      const message = await fetchFails(fetcher, { uris: [uri(value)], sandbox });
      expect(message).to.equal(`fetch of ${value} failed: ${message.slice(`fetch of ${value} failed: `.length)}`);
      expect(message, value).to.contain(expected);
    }
  });

  it('fails with the HTTP status, a refused connection or a stall, naming the URI', async () => {
    const missing = `${server.url}/missing.tgz`;
    expect(await fetchFails(fetcher, { uris: [uri(missing)], sandbox })).to.equal(`fetch of ${missing} failed: HTTP 404 Not Found`);
    const closed = await startFileServer();
    await closed.close();
    const refused = await fetchFails(fetcher, { uris: [uri(`${closed.url}/x`)], sandbox });
    expect(refused).to.match(/^fetch of http:\/\/127\.0\.0\.1:\d+\/x failed: .*ECONNREFUSED/);
    server.stall('/slow.bin');
    const stalled = await fetchFails(fetcher, { uris: [uri(`${server.url}/slow.bin`)], sandbox });
    expect(stalled).to.equal(`fetch of ${server.url}/slow.bin failed: no data for 300 ms (stall timeout)`);
    expect((await readdir(sandbox)).filter((name) => name.includes('fetching'))).to.deep.equal([]);
  });

  it('fetches in order and stops at the first failure; a missing local file is named', async () => {
    server.serve('/first.txt', 'first\n');
    const message = await fetchFails(fetcher, {
      uris: [uri(`${server.url}/first.txt`), uri(join(dir, 'nope.txt')), uri(`${server.url}/never.txt`)], sandbox,
    });
    expect(message).to.equal(`fetch of ${join(dir, 'nope.txt')} failed: no such file ${join(dir, 'nope.txt')}`);
    expect(await readdir(sandbox)).to.deep.equal(['first.txt']);
    expect(server.requests.get('/never.txt')).to.equal(undefined);
  });

  it('reports a broken archive with what tar said', async () => {
    server.serve('/broken.tar.gz', 'this is not gzip');
    const message = await fetchFails(fetcher, { uris: [uri(`${server.url}/broken.tar.gz`, { extract: true })], sandbox });
    expect(message).to.match(/^fetch of .*broken\.tar\.gz failed: extraction failed: tar exited with status 2: /);
  });

  it('sends user info of an http URI as Basic credentials, and masks the password in what it reports', async () => {
    server.serve('/private.txt', 'private\n');
    const withCredentials = server.url.replace('http://', 'http://user:secret@');
    await fetcher.fetch({ uris: [uri(`${withCredentials}/private.txt`)], sandbox });
    expect(await readFile(join(sandbox, 'private.txt'), 'utf8')).to.equal('private\n');
    expect(server.authorizations.get('/private.txt')).to.equal(`Basic ${Buffer.from('user:secret').toString('base64')}`);
    const message = await fetchFails(fetcher, { uris: [uri(`${withCredentials}/gone.txt`)], sandbox });
    expect(message).to.equal(`fetch of ${server.url.replace('http://', 'http://user:***@')}/gone.txt failed: HTTP 404 Not Found`);
  });

  it('gives the sandbox and the fetched files to the task user and unpacks as that user', async function () {
    // Only root can give files away; the suite runs as root (the agent's cgroups need it too).
    expect(process.getuid?.(), 'run the tests as root (scripts/test-setup.sh does)').to.equal(0);
    const nobody = { uid: Number(execFileSync('id', ['-u', 'nobody'], { encoding: 'utf8' })), gid: Number(execFileSync('id', ['-g', 'nobody'], { encoding: 'utf8' })) };
    // The sandbox's parents must let nobody through, as the agent's work dir does.
    await chmod(dir, 0o711);
    server.serve('/owned.tgz', await makeArchive('tar.gz', { 'sub/inner.txt': 'inner\n' }));
    server.serve('/owned.sh', '#!/bin/sh\n');
    await fetcher.fetch({
      uris: [uri(`${server.url}/owned.tgz`, { extract: true }), uri(`${server.url}/owned.sh`, { executable: true, outputFile: 'bin/owned.sh' })],
      sandbox, user: 'nobody',
    });
    for (const path of ['', 'owned.tgz', 'sub', 'sub/inner.txt', 'bin', 'bin/owned.sh']) {
      const info = await stat(join(sandbox, path));
      expect([info.uid, info.gid], path).to.deep.equal([nobody.uid, nobody.gid]);
    }
    const message = await fetchFails(fetcher, { uris: [uri(`${server.url}/owned.sh`)], sandbox, user: 'no-such-user-here' });
    expect(message).to.equal("fetch failed: unknown user 'no-such-user-here'");
  });
});
