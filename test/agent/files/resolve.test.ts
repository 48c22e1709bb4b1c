// Sandbox path resolution against real files and real symlinks: nothing outside the sandbox is ever resolved.
import { expect } from 'chai';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  isInside, lexicalSandboxPath, openInside, resolveSandboxPath, type FilesRefusal, type ResolvedPath,
} from '../../../agent/files/index.js';

describe('agent/files: sandbox path resolution', function () {
  let base: string;
  let sandbox: string;

  beforeEach(function () {
    base = realpathSync(mkdtempSync(join(tmpdir(), 'drover-resolve-')));
    sandbox = join(base, 'sandbox');
    mkdirSync(join(sandbox, 'logs'), { recursive: true });
    writeFileSync(join(sandbox, 'stdout'), 'hello\n');
    writeFileSync(join(sandbox, 'logs', 'app.log'), 'app\n');
    writeFileSync(join(base, 'secret'), 'outside\n');
  });

  afterEach(function () {
    rmSync(base, { recursive: true, force: true });
  });

  function refusal(result: ResolvedPath | FilesRefusal): FilesRefusal {
    if (!result.refused) throw new Error(`expected a refusal, resolved ${result.realPath}`);
    return result;
  }

  describe('lexicalSandboxPath (pure)', function () {
    it('takes relative paths from the root and normalizes them', function () {
      expect(lexicalSandboxPath('/w/s', 'logs/../stdout')).to.deep.equal({ refused: false, path: '/w/s/stdout', relativePath: 'stdout' });
      expect(lexicalSandboxPath('/w/s', '.')).to.deep.equal({ refused: false, path: '/w/s', relativePath: '' });
      expect(lexicalSandboxPath('/w/s', '/w/s/logs/a')).to.deep.equal({ refused: false, path: '/w/s/logs/a', relativePath: 'logs/a' });
    });

    it('refuses escapes with 403 and malformed paths with 400', function () {
      for (const path of ['../../etc/passwd', '..', 'logs/../../s2', '/etc/passwd', '/w/s2/x', '/w']) {
        const result = lexicalSandboxPath('/w/s', path);
        expect(result, path).to.include({ refused: true, status: 403, code: 'OUTSIDE_SANDBOX' });
      }
      expect(lexicalSandboxPath('/w/s', '')).to.include({ status: 400, code: 'INVALID_PATH' });
      expect(lexicalSandboxPath('/w/s', 'std\0out')).to.include({ status: 400, code: 'INVALID_PATH' });
    });

    it('never accepts a path that leads outside the root (property)', function () {
      const segment = fc.oneof(fc.constantFrom('..', '.', '', 'a', 'b', '...', '..a'), fc.string({ maxLength: 4 }).filter((s) => !s.includes('\0')));
      fc.assert(fc.property(fc.array(segment, { maxLength: 8 }), fc.boolean(), (segments, absolute) => {
        const path = (absolute ? '/' : '') + segments.join('/');
        const result = lexicalSandboxPath('/w/s', path);
        if (!result.refused) expect(isInside('/w/s', result.path), path).to.equal(true);
      }));
    });
  });

  describe('resolveSandboxPath (real files)', function () {
    it('resolves files inside the sandbox, relative or absolute', async function () {
      const relative = await resolveSandboxPath(sandbox, 'logs/app.log');
      expect(relative).to.include({ refused: false, realPath: join(sandbox, 'logs', 'app.log'), relativePath: 'logs/app.log' });
      const absolute = await resolveSandboxPath(sandbox, join(sandbox, 'stdout'));
      expect(absolute).to.include({ refused: false, realPath: join(sandbox, 'stdout') });
    });

    it('refuses ../../etc/passwd and /etc/passwd with 403', async function () {
      expect(refusal(await resolveSandboxPath(sandbox, '../../etc/passwd'))).to.include({ status: 403 });
      expect(refusal(await resolveSandboxPath(sandbox, '/etc/passwd'))).to.include({ status: 403 });
      expect(refusal(await resolveSandboxPath(sandbox, '../secret'))).to.include({ status: 403 });
    });

    it('refuses a symlink to /etc and anything reached through it', async function () {
      symlinkSync('/etc', join(sandbox, 'etc'));
      expect(refusal(await resolveSandboxPath(sandbox, 'etc'))).to.include({ status: 403, code: 'OUTSIDE_SANDBOX' });
      expect(refusal(await resolveSandboxPath(sandbox, 'etc/passwd'))).to.include({ status: 403, code: 'OUTSIDE_SANDBOX' });
    });

    it('refuses a symlink to a file outside, but follows one that stays inside', async function () {
      symlinkSync(join(base, 'secret'), join(sandbox, 'leak'));
      symlinkSync('../../secret', join(sandbox, 'logs', 'relative-leak'));
      symlinkSync('logs/app.log', join(sandbox, 'app'));
      expect(refusal(await resolveSandboxPath(sandbox, 'leak'))).to.include({ status: 403 });
      expect(refusal(await resolveSandboxPath(sandbox, 'logs/relative-leak'))).to.include({ status: 403 });
      expect(await resolveSandboxPath(sandbox, 'app')).to.include({ refused: false, realPath: join(sandbox, 'logs', 'app.log') });
    });

    it('answers 404 for a missing file and 400 for NUL bytes or an empty path', async function () {
      expect(refusal(await resolveSandboxPath(sandbox, 'nope'))).to.include({ status: 404, code: 'NOT_FOUND' });
      expect(refusal(await resolveSandboxPath(sandbox, 'stdout/below'))).to.include({ status: 404 });
      expect(refusal(await resolveSandboxPath(sandbox, 'std\0out'))).to.include({ status: 400 });
      expect(refusal(await resolveSandboxPath(sandbox, ''))).to.include({ status: 400 });
    });

    it('accepts an absolute path that names the root through a symlinked parent', async function () {
      symlinkSync(base, join(base, 'alias'));
      const viaAlias = join(base, 'alias', 'sandbox');
      expect(await resolveSandboxPath(viaAlias, join(sandbox, 'stdout'))).to.include({ refused: false });
      expect(refusal(await resolveSandboxPath(viaAlias, join(base, 'secret')))).to.include({ status: 403 });
    });

    it('openInside refuses a file that was swapped for a symlink to the outside after the check', async function () {
      const resolved = await resolveSandboxPath(sandbox, 'stdout');
      if (resolved.refused) throw new Error(resolved.message);
      rmSync(join(sandbox, 'stdout'));
      symlinkSync(join(base, 'secret'), join(sandbox, 'stdout'));
      const opened = await openInside(resolved);
      if (!('refused' in opened)) {
        await opened.close();
        throw new Error('opened a file outside the sandbox');
      }
      expect(opened).to.include({ status: 403 });
    });
  });
});
