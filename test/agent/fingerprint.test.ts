import { expect } from 'chai';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseResources, rangesValue, scalarValue } from '../../shared/resources/index.js';
import { fingerprint, usableMegabytes } from '../../agent/index.js';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

describe('agent fingerprint', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'drover-fingerprint-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps min(reserve, half) for the system', () => {
    expect(usableMegabytes(16 * GiB, GiB)).to.equal(15 * 1024);
    expect(usableMegabytes(1 * GiB, GiB)).to.equal(512);
    expect(usableMegabytes(100 * GiB, 5 * GiB)).to.equal(95 * 1024);
    expect(usableMegabytes(4 * GiB, 5 * GiB)).to.equal(2 * 1024);
    expect(usableMegabytes(0, GiB)).to.equal(0);
  });

  it('detects cpus, mem, disk and the default ports, and counts /dev/nvidiaN as gpus', async () => {
    const devices = join(dir, 'dev');
    await mkdir(devices);
    for (const name of ['nvidia0', 'nvidia1', 'nvidiactl', 'nvidia-uvm']) await writeFile(join(devices, name), '');
    const { resources, hostname } = await fingerprint({ workDir: dir, deviceDir: devices, hostname: 'h1' });
    expect(hostname).to.equal('h1');
    expect(scalarValue(resources, 'cpus')).to.equal(cpus().length);
    expect(scalarValue(resources, 'mem')).to.equal(usableMegabytes(totalmem(), GiB));
    expect(scalarValue(resources, 'disk')).to.be.greaterThan(0);
    expect(scalarValue(resources, 'gpus')).to.equal(2);
    expect(rangesValue(resources, 'ports')).to.deep.equal([{ begin: 31000, end: 32000 }]);
  });

  it('leaves gpus out when there are none, and lets explicit values replace detected ones by name', async () => {
    const { resources } = await fingerprint({
      workDir: dir, deviceDir: join(dir, 'no-such-dir'),
      overrides: parseResources('cpus:3;ports:[8000-8001];disk(ops):100'),
    });
    expect(resources.some((resource) => resource.name === 'gpus')).to.be.false;
    expect(scalarValue(resources, 'cpus')).to.equal(3);
    expect(rangesValue(resources, 'ports')).to.deep.equal([{ begin: 8000, end: 8001 }]);
    // disk is named by the overrides, so only the reserved 100 remains.
    expect(resources.filter((resource) => resource.name === 'disk').map((resource) => resource.role)).to.deep.equal(['ops']);
  });

  it('falls back to 10 GB of disk when the work dir cannot be measured', async () => {
    const { resources } = await fingerprint({ workDir: join(dir, 'missing'), deviceDir: dir });
    expect(scalarValue(resources, 'disk')).to.equal(10 * 1024);
  });
});
