// Finding a task's sandbox in the agent's work directory layout.
import { expect } from 'chai';
import { mkdirSync, mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sandboxPath } from '../../../agent/containerizer/sandbox.js';
import { findSandbox, listRunDirectories } from '../../../agent/files/index.js';

describe('agent/files: findSandbox', function () {
  let workDir: string;

  beforeEach(function () {
    workDir = mkdtempSync(join(tmpdir(), 'drover-find-'));
  });

  afterEach(function () {
    rmSync(workDir, { recursive: true, force: true });
  });

  /** Creates a run directory with the given mtime (seconds). */
  function run(frameworkId: string, taskId: string, runId: string, mtimeSeconds: number, agentId = 'A1'): string {
    const path = sandboxPath({ workDir, agentId, frameworkId, taskId, runId });
    mkdirSync(path, { recursive: true });
    utimesSync(path, mtimeSeconds, mtimeSeconds);
    return path;
  }

  it('picks the newest run of the task', async function () {
    run('F1', 'web', 'run-b', 1000);
    const newest = run('F1', 'web', 'run-a', 3000);
    run('F1', 'web', 'run-c', 2000);
    expect(await findSandbox(workDir, 'A1', 'web')).to.include({ refused: false, path: newest, runId: 'run-a', frameworkId: 'F1' });
  });

  it('refuses an id shared by two frameworks with 409 unless one is named', async function () {
    run('F1', 'web', 'r1', 1000);
    const other = run('F2', 'web', 'r2', 500);
    const ambiguous = await findSandbox(workDir, 'A1', 'web');
    expect(ambiguous).to.include({ refused: true, status: 409, code: 'AMBIGUOUS_TASK' });
    expect(ambiguous).to.have.property('message').that.includes('F1').and.includes('F2');
    expect(await findSandbox(workDir, 'A1', 'web', 'F2')).to.include({ refused: false, path: other });
  });

  it('answers 404 for an unknown task or another agent id, and 400 for an id that is not one', async function () {
    run('F1', 'web', 'r1', 1000, 'OLD');
    expect(await findSandbox(workDir, 'A1', 'web')).to.include({ status: 404 });
    expect(await findSandbox(workDir, 'OLD', 'db')).to.include({ status: 404 });
    expect(await findSandbox(workDir, 'OLD', '..')).to.include({ status: 400 });
    expect(await findSandbox(workDir, 'OLD', 'web', 'a/b')).to.include({ status: 400 });
    expect(await listRunDirectories(workDir)).to.have.length(1);
  });
});
