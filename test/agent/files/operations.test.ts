// browse, read, download and follow over real sandbox files.
import { expect } from 'chai';
import { appendFileSync, chmodSync, mkdirSync, mkdtempSync, realpathSync, renameSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import {
  browseSandbox, downloadSandboxFile, followSandboxFile, modeString, parseIdFile, parseReadRange, readSandboxFile,
  wholeUtf8Length, type FileInfo, type ReadRange,
} from '../../../agent/files/index.js';

function range(offset?: string, length?: string): ReadRange {
  const parsed = parseReadRange(offset, length);
  if (parsed.refused) throw new Error(parsed.message);
  return parsed;
}

/** Collects what a stream emits until `text` has arrived. */
function readUntil(stream: Readable, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = '';
    const onData = (chunk: Buffer): void => {
      received += chunk.toString('utf8');
      if (received.includes(text)) {
        stream.off('data', onData);
        stream.pause();
        resolve(received);
      }
    };
    stream.on('data', onData);
    stream.once('error', reject);
    stream.once('end', () => reject(new Error(`ended before '${text}'; got '${received}'`)));
    stream.resume();
  });
}

describe('agent/files: operations', function () {
  let sandbox: string;

  beforeEach(function () {
    sandbox = realpathSync(mkdtempSync(join(tmpdir(), 'drover-files-')));
    writeFileSync(join(sandbox, 'stdout'), '0123456789');
    mkdirSync(join(sandbox, 'dir'));
    writeFileSync(join(sandbox, 'dir', 'inner'), 'x');
  });

  afterEach(function () {
    rmSync(sandbox, { recursive: true, force: true });
  });

  describe('modeString and owners (pure)', function () {
    it('writes st_mode as ls -l does', function () {
      expect(modeString(0o100644)).to.equal('-rw-r--r--');
      expect(modeString(0o040755)).to.equal('drwxr-xr-x');
      expect(modeString(0o041777)).to.equal('drwxrwxrwt');
      expect(modeString(0o104755)).to.equal('-rwsr-xr-x');
      expect(modeString(0o102644)).to.equal('-rw-r-Sr--');
      expect(modeString(0o120777)).to.equal('lrwxrwxrwx');
      expect(modeString(0o010600)).to.equal('prw-------');
    });

    it('reads names from passwd-style text, first name per id', function () {
      const names = parseIdFile('root:x:0:0:root:/root:/bin/sh\n# comment\nbad\nalias:x:0:0::/:/bin/sh\nbob:x:1000:1000::/home/bob:/bin/sh\n');
      expect([...names]).to.deep.equal([[0, 'root'], [1000, 'bob']]);
    });
  });

  describe('browse', function () {
    it('lists a directory in the Mesos /files/browse format, sorted by name', async function () {
      chmodSync(join(sandbox, 'stdout'), 0o640);
      symlinkSync('/etc/passwd', join(sandbox, 'link'));
      const listing = await browseSandbox(sandbox, '.', { paths: 'relative' });
      if ('refused' in listing) throw new Error(listing.message);
      expect(listing.map((entry) => entry.path)).to.deep.equal(['dir', 'link', 'stdout']);
      const stdout = listing[2] as FileInfo;
      expect(Object.keys(stdout).sort()).to.deep.equal(['gid', 'mode', 'mtime', 'nlink', 'path', 'size', 'uid']);
      expect(stdout).to.include({ size: 10, mode: '-rw-r-----', nlink: 1 });
      expect(stdout.uid).to.be.a('string').and.not.equal('');
      expect(stdout.gid).to.be.a('string').and.not.equal('');
      expect(Math.abs(stdout.mtime - Date.now() / 1000)).to.be.lessThan(3600);
      expect(Number.isInteger(stdout.mtime)).to.equal(true);
      expect(listing[0]?.mode.startsWith('d')).to.equal(true);
      // the link is listed as a link, not with the size of /etc/passwd
      expect(listing[1]?.mode).to.equal('lrwxrwxrwx');
      expect(listing[1]?.size).to.equal('/etc/passwd'.length);
    });

    it('writes entry paths under the requested directory, relative or absolute', async function () {
      expect(await browseSandbox(sandbox, 'dir', { paths: 'relative' })).to.have.nested.property('[0].path', 'dir/inner');
      expect(await browseSandbox(sandbox, join(sandbox, 'dir'), { paths: 'absolute' })).to.have.nested.property('[0].path', join(sandbox, 'dir', 'inner'));
    });

    it('answers a file with its own entry, and refuses what is outside or missing', async function () {
      const listing = await browseSandbox(sandbox, 'stdout', { paths: 'relative' });
      expect(listing).to.have.length(1).and.to.have.nested.property('[0].path', 'stdout');
      expect(await browseSandbox(sandbox, '..', { paths: 'relative' })).to.include({ status: 403 });
      expect(await browseSandbox(sandbox, 'nope', { paths: 'relative' })).to.include({ status: 404 });
    });
  });

  describe('read', function () {
    it('reads with offset and length', async function () {
      expect(await readSandboxFile(sandbox, 'stdout', range('2', '3'))).to.deep.equal({ data: '234', offset: 2 });
      expect(await readSandboxFile(sandbox, 'stdout', range())).to.deep.equal({ data: '0123456789', offset: 0 });
      expect(await readSandboxFile(sandbox, 'stdout', range('7'))).to.deep.equal({ data: '789', offset: 7 });
    });

    it('answers offset -1 with the size and an offset past the end with no data', async function () {
      expect(await readSandboxFile(sandbox, 'stdout', range('-1'))).to.deep.equal({ data: '', offset: 10 });
      expect(await readSandboxFile(sandbox, 'stdout', range('25', '5'))).to.deep.equal({ data: '', offset: 10 });
    });

    it('refuses directories, bad ranges and escapes', async function () {
      expect(await readSandboxFile(sandbox, 'dir', range())).to.include({ status: 400, code: 'IS_A_DIRECTORY' });
      expect(parseReadRange('-2', undefined)).to.include({ status: 400 });
      expect(parseReadRange('abc', undefined)).to.include({ status: 400 });
      expect(parseReadRange('0', '-1')).to.include({ status: 400 });
      expect(parseReadRange('0', String(10 * 1024 * 1024))).to.include({ length: 1024 * 1024 });
      expect(await readSandboxFile(sandbox, '../../etc/passwd', range())).to.include({ status: 403 });
    });

    it('does not cut a UTF-8 character in two at the length limit', async function () {
      writeFileSync(join(sandbox, 'utf8'), 'aé€😀');
      expect(await readSandboxFile(sandbox, 'utf8', range('0', '2'))).to.deep.equal({ data: 'a', offset: 0 });
      expect(await readSandboxFile(sandbox, 'utf8', range('0', '3'))).to.deep.equal({ data: 'aé', offset: 0 });
      expect(await readSandboxFile(sandbox, 'utf8', range('3', '5'))).to.deep.equal({ data: '€', offset: 3 });
      expect(wholeUtf8Length(Buffer.from('😀'), 4)).to.equal(4);
      expect(wholeUtf8Length(Buffer.from('😀'), 3)).to.equal(0);
    });
  });

  describe('download', function () {
    it('streams the raw bytes with the size known up front', async function () {
      const bytes = Buffer.from([0, 255, 1, 254, 10]);
      writeFileSync(join(sandbox, 'binary'), bytes);
      const download = await downloadSandboxFile(sandbox, 'binary');
      if (download.refused) throw new Error(download.message);
      const chunks: Buffer[] = [];
      for await (const chunk of download.stream) chunks.push(chunk as Buffer);
      expect(Buffer.concat(chunks)).to.deep.equal(bytes);
      expect(download).to.include({ name: 'binary', size: 5 });
    });

    it('streams an empty file as no bytes', async function () {
      writeFileSync(join(sandbox, 'empty'), '');
      const download = await downloadSandboxFile(sandbox, 'empty');
      if (download.refused) throw new Error(download.message);
      const chunks: unknown[] = [];
      for await (const chunk of download.stream) chunks.push(chunk);
      expect(chunks).to.deep.equal([]);
    });
  });

  describe('follow', function () {
    const followers: Readable[] = [];
    afterEach(function () {
      for (const follower of followers.splice(0)) follower.destroy();
    });

    async function follow(path: string, offset?: number): Promise<Readable> {
      const follower = await followSandboxFile(sandbox, path, { pollIntervalMs: 20, ...(offset === undefined ? {} : { offset }) });
      if ('refused' in follower) throw new Error(follower.message);
      followers.push(follower);
      return follower;
    }

    it('streams the current content, then what is appended', async function () {
      const follower = await follow('stdout', 4);
      expect(await readUntil(follower, '9')).to.equal('456789');
      appendFileSync(join(sandbox, 'stdout'), 'more\n');
      expect(await readUntil(follower, 'more\n')).to.equal('more\n');
    });

    it('starts at the end with offset -1', async function () {
      const follower = await follow('stdout', -1);
      appendFileSync(join(sandbox, 'stdout'), 'tail');
      expect(await readUntil(follower, 'tail')).to.equal('tail');
    });

    it('follows a rotation by rename: the rest of the old file, then the new one', async function () {
      const follower = await follow('stdout');
      expect(await readUntil(follower, '9')).to.equal('0123456789');
      appendFileSync(join(sandbox, 'stdout'), 'last-of-old|');
      renameSync(join(sandbox, 'stdout'), join(sandbox, 'stdout.1'));
      writeFileSync(join(sandbox, 'stdout'), 'first-of-new|');
      expect(await readUntil(follower, 'first-of-new|')).to.equal('last-of-old|first-of-new|');
      appendFileSync(join(sandbox, 'stdout'), 'again');
      expect(await readUntil(follower, 'again')).to.equal('again');
    });

    it('reads a file truncated in place from its start again', async function () {
      const follower = await follow('stdout');
      expect(await readUntil(follower, '9')).to.equal('0123456789');
      truncateSync(join(sandbox, 'stdout'), 0);
      appendFileSync(join(sandbox, 'stdout'), 'fresh');
      expect(await readUntil(follower, 'fresh')).to.equal('fresh');
    });

    it('ends when the sandbox is removed, and on stop()', async function () {
      const follower = await follow('dir/inner');
      expect(await readUntil(follower, 'x')).to.equal('x');
      const ended = new Promise((resolve) => follower.once('end', resolve));
      follower.resume();
      rmSync(join(sandbox, 'dir'), { recursive: true });
      await ended;
      const stopped = await followSandboxFile(sandbox, 'stdout', { offset: -1 });
      if ('refused' in stopped) throw new Error(stopped.message);
      const stoppedEnd = new Promise((resolve) => stopped.once('close', resolve));
      stopped.resume();
      stopped.stop();
      await stoppedEnd;
    });

    it('refuses directories, escapes and missing files', async function () {
      expect(await followSandboxFile(sandbox, 'dir')).to.include({ status: 400 });
      expect(await followSandboxFile(sandbox, '../x')).to.include({ status: 403 });
      expect(await followSandboxFile(sandbox, 'missing')).to.include({ status: 404 });
      expect(await followSandboxFile(sandbox, 'stdout', { offset: -5 })).to.include({ status: 400 });
    });
  });
});
