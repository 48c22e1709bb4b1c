import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { normalizeJob, type JobDefinition } from '../../../frameworks/chronos/job/index.js';

const NOW = new Date('2024-01-01T00:00:00Z');
const COMPAT = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'compat', 'chronos');
const fixture = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(COMPAT, name), 'utf8')) as Record<string, unknown>;

function ok(input: unknown, kind?: 'scheduled' | 'dependent'): JobDefinition {
  const result = normalizeJob(input, { now: NOW, ...(kind === undefined ? {} : { kind }) });
  if ('error' in result) throw new Error(result.error);
  return result.job;
}

function refused(input: unknown, kind?: 'scheduled' | 'dependent'): string {
  const result = normalizeJob(input, { now: NOW, ...(kind === undefined ? {} : { kind }) });
  if ('job' in result) throw new Error(`accepted: ${JSON.stringify(result.job)}`);
  return result.error;
}

describe('chronos job definitions (pure)', () => {
  it('accepts SAMPLE_JOB1 with Chronos defaults, ignoring the legacy epsilon and async', () => {
    const job = ok(fixture('chronos-scheduled-sample-job1.json'), 'scheduled');
    expect(job).to.deep.include({
      name: 'SAMPLE_JOB1', shell: true, arguments: [], retries: 2, cpus: 0.1, mem: 128, disk: 256, disabled: false,
      concurrent: false, softError: false, maxCompletionTime: 0, owner: 'bob@airbnb.com', concurrencyPolicy: 'Allow',
    });
    expect(job.schedule).to.deep.include({ kind: 'iso', repetitions: 10, period: 'PT2S' });
    expect(job).not.to.have.any.keys('epsilon', 'async');
  });

  it('accepts the docker job with numeric strings and the full sample job in exec form', () => {
    const docker = ok(fixture('chronos-docker-job.json'));
    expect(docker).to.deep.include({ cpus: 0.5, mem: 512 });
    expect(docker.container).to.deep.equal({
      type: 'DOCKER', image: 'libmesos/ubuntu', network: 'BRIDGE', forcePullImage: false, parameters: [],
      volumes: [{ containerPath: '/var/log/', hostPath: '/logs/', mode: 'RW' }],
    });
    const full = ok(fixture('chronos-sample-job-full.json'));
    expect(full).to.deep.include({ shell: false, arguments: ['-verbose', '-debug'], cpus: 1, mem: 1024, disk: 10240 });
    expect(full.fetch).to.deep.equal([{ uri: 'https://url-to-file', cache: false, extract: false, executable: false }]);
    expect(full.environmentVariables).to.have.length(2);
  });

  it('accepts the dependent job on /dependency (parents instead of a schedule) and refuses it on /iso8601', () => {
    expect(ok(fixture('chronos-dependent-job.json'), 'dependent').parents).to.deep.equal(['db_export-airbed_hostings', 'db_export-airbed_reservation2s']);
    expect(refused(fixture('chronos-dependent-job.json'), 'scheduled')).to.contain('/dependency');
  });

  it('takes cron schedules with a time zone, and the concurrency policy and starting deadline', () => {
    const job = ok({ name: 'nightly', command: 'true', schedule: '30 2 * * *', timezone: 'America/New_York', concurrencyPolicy: 'FORBID', startingDeadlineSeconds: 60 });
    expect(job.schedule).to.deep.include({ kind: 'cron', timeZone: 'America/New_York' });
    expect(job).to.deep.include({ concurrencyPolicy: 'Forbid', startingDeadlineSeconds: 60 });
  });

  for (const [what, input, message] of [
    ['a bad schedule', { name: 'x', command: 'true', schedule: 'R/nonsense/PT1H' }, "Cannot parse schedule 'R/nonsense/PT1H'"],
    ['an unknown time zone', { name: 'x', command: 'true', schedule: 'R//PT1H', scheduleTimeZone: 'Mars/Base' }, "unknown time zone 'Mars/Base'"],
    ['a start before 1970', { name: 'x', command: 'true', schedule: 'R/1969-12-31T00:00:00Z/PT1H' }, 'is before 1970!'],
    ['both schedule and parents', { name: 'x', command: 'true', schedule: 'R//PT1H', parents: ['y'] }, 'either a schedule or parents'],
    ['neither schedule nor parents', { name: 'x', command: 'true' }, 'either a schedule or parents'],
    ['its own parent', { name: 'x', command: 'true', parents: ['x'] }, 'its own parent'],
    ['uris and fetch together', { name: 'x', command: 'true', schedule: 'R//PT1H', uris: ['http://a'], fetch: [{ uri: 'http://b' }] }, 'Tried to add both uri (deprecated) and fetch parameters on x'],
    ['a bad name', { name: 'no spaces', command: 'true', schedule: 'R//PT1H' }, "Job name 'no spaces'"],
    ['no command', { name: 'x', schedule: 'R//PT1H' }, 'needs a command'],
    ['a non-numeric cpus', { name: 'x', command: 'true', schedule: 'R//PT1H', cpus: 'lots' }, 'cpus must be a number'],
    ['fractional retries', { name: 'x', command: 'true', schedule: 'R//PT1H', retries: 1.5 }, 'retries must be a whole number'],
    ['an unknown constraint operator', { name: 'x', command: 'true', schedule: 'R//PT1H', constraints: [['rack', 'IS', 'a']] }, "unsupported operator 'IS'"],
    ['a container without an image', { name: 'x', command: 'true', schedule: 'R//PT1H', container: { type: 'DOCKER' } }, 'needs an image'],
    ['an unknown concurrency policy', { name: 'x', command: 'true', schedule: 'R//PT1H', concurrencyPolicy: 'Sometimes' }, 'Allow, Forbid or Replace'],
    ['a non-object', [1, 2], 'JSON object'],
  ] as const) {
    it(`refuses ${what} with a message naming it`, () => {
      expect(refused(input)).to.contain(message);
    });
  }

  it('reads legacy uris as fetch entries that extract', () => {
    expect(ok({ name: 'x', command: 'true', schedule: 'R//PT1H', uris: ['http://h/a.tgz'] }).fetch).to.deep.equal([{ uri: 'http://h/a.tgz', cache: false, extract: true, executable: false }]);
  });
});
