import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeMessage, encodeMessage, v1 } from '../../shared/protocol/index.js';
import { isDroverError } from '../../shared/errors/index.js';

describe('protobuf schema', function () {
  this.timeout(120_000);

  it('the generated code is current with shared/proto/drover.proto', function () {
    const out = mkdtempSync(join(tmpdir(), 'drover-proto-'));
    try {
      execFileSync('bash', ['scripts/gen-proto.sh', out], { stdio: 'pipe' });
      for (const file of ['drover.js', 'drover.d.ts']) {
        const fresh = readFileSync(join(out, file), 'utf8');
        const committed = readFileSync(join('shared/proto/generated', file), 'utf8');
        expect(committed === fresh, `${file} is stale: run npm run proto:gen`).to.equal(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('every enum has UNSPECIFIED as zero', function () {
    const schema = readFileSync('shared/proto/drover.proto', 'utf8');
    const enums = [...schema.matchAll(/enum (\w+) \{\s*(\w+) = (\d+);/g)];
    expect(enums.length).to.be.greaterThan(10);
    for (const [, name, first, value] of enums) {
      expect(value, `${name}`).to.equal('0');
      expect(first, `${name}`).to.match(/UNSPECIFIED$/);
    }
  });

  it('round-trips a task status and rejects garbage with DECODE_FAILED', function () {
    const bytes = encodeMessage(v1.TaskStatus, { taskId: { value: 't1' }, state: v1.TaskState.TASK_FAILED, exitCode: 3 });
    const status = decodeMessage(v1.TaskStatus, bytes);
    expect(status.taskId?.value).to.equal('t1');
    expect(status.exitCode).to.equal(3);
    let thrown: unknown;
    try {
      decodeMessage(v1.Call, new Uint8Array([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]));
    } catch (error) {
      thrown = error;
    }
    expect(isDroverError(thrown, 'DECODE_FAILED'), String(thrown)).to.equal(true);
  });
});
