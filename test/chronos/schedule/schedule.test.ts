import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { nextRun, parseSchedule, runsBetween, type Schedule } from '../../../frameworks/chronos/schedule/index.js';

const NY = 'America/New_York';
const NOW = new Date('2024-01-01T00:00:00Z');
const COMPAT = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'compat');

function parse(text: string, timeZone?: string): Schedule {
  const result = parseSchedule(text, { now: NOW, ...(timeZone === undefined ? {} : { timeZone }) });
  if ('error' in result) throw new Error(result.error);
  return result.schedule;
}

const iso = (runs: readonly Date[]): string[] => runs.map((run) => run.toISOString());

describe('chronos schedules (pure)', () => {
  describe('ISO 8601 repeating intervals', () => {
    it('runs PT1H every 60 minutes of elapsed time through spring forward and fall back (America/New_York)', () => {
      const hourly = parse('R/2024-03-09T23:00:00/PT1H', NY);
      // 23:00 EST = 04:00Z; 02:00 local does not exist on the 10th, but elapsed hours do.
      const spring = runsBetween(hourly, new Date('2024-03-09T00:00:00Z'), new Date('2024-03-10T09:00:00Z'), 10);
      expect(iso(spring)).to.deep.equal([
        '2024-03-10T04:00:00.000Z', '2024-03-10T05:00:00.000Z', '2024-03-10T06:00:00.000Z', '2024-03-10T07:00:00.000Z',
        '2024-03-10T08:00:00.000Z', '2024-03-10T09:00:00.000Z',
      ]);
      expect(spring.map((run) => DateTime.fromJSDate(run, { zone: NY }).toFormat('HH:mm ZZZZ'))).to.deep.equal([
        '23:00 EST', '00:00 EST', '01:00 EST', '03:00 EDT', '04:00 EDT', '05:00 EDT',
      ]);
      // Fall back: 01:00 local happens twice, and both hours run (they are different instants).
      expect(iso(runsBetween(hourly, new Date('2024-11-03T03:59:59Z'), new Date('2024-11-03T08:00:00Z'), 10))).to.deep.equal([
        '2024-11-03T04:00:00.000Z', '2024-11-03T05:00:00.000Z', '2024-11-03T06:00:00.000Z', '2024-11-03T07:00:00.000Z',
        '2024-11-03T08:00:00.000Z',
      ]);
      expect(nextRun(hourly, new Date('2024-11-03T05:00:00Z'))?.toISOString()).to.equal('2024-11-03T06:00:00.000Z');
    });

    it('keeps the wall-clock time for P1D; a time in the gap moves forward, one in the overlap takes the earlier offset', () => {
      const spring = parse('R/2024-03-09T02:30:00/P1D', NY);
      expect(iso(runsBetween(spring, new Date('2024-03-08T00:00:00Z'), new Date('2024-03-12T00:00:00Z'), 10))).to.deep.equal([
        '2024-03-09T07:30:00.000Z', // 02:30 EST
        '2024-03-10T07:30:00.000Z', // 02:30 does not exist: 03:30 EDT
        '2024-03-11T06:30:00.000Z', // 02:30 EDT
      ]);
      const fall = parse('R/2024-11-02T01:30:00/P1D', NY);
      expect(iso(runsBetween(fall, new Date('2024-11-01T00:00:00Z'), new Date('2024-11-05T00:00:00Z'), 10))).to.deep.equal([
        '2024-11-02T05:30:00.000Z', // 01:30 EDT
        '2024-11-03T05:30:00.000Z', // 01:30 twice: the first (EDT), once
        '2024-11-04T06:30:00.000Z', // 01:30 EST
      ]);
    });

    it('R5 yields exactly 5 runs, counted from the start; R0 never runs', () => {
      const five = parse('R5/2024-01-01T00:00:00Z/PT2S');
      expect(runsBetween(five, new Date('2023-12-31T23:59:59Z'), new Date('2024-01-02T00:00:00Z'), 100)).to.have.length(5);
      expect(iso(runsBetween(five, new Date('2024-01-01T00:00:03Z'), new Date('2024-01-02T00:00:00Z'), 100))).to.deep.equal([
        '2024-01-01T00:00:04.000Z', '2024-01-01T00:00:06.000Z', '2024-01-01T00:00:08.000Z',
      ]);
      expect(nextRun(parse('R0/2024-01-01T00:00:00Z/PT1S'), NOW)).to.equal(undefined);
    });

    it('a named zone replaces the written offset, keeping the wall-clock fields (Chronos scheduleTimeZone)', () => {
      expect(nextRun(parse('R/2024-01-01T09:00:00Z/P1D', NY), NOW)?.toISOString()).to.equal('2024-01-01T14:00:00.000Z');
      expect(nextRun(parse('R/2024-01-01T09:00:00+01:00/P1D'), NOW)?.toISOString()).to.equal('2024-01-01T08:00:00.000Z');
      expect(nextRun(parse('R/2024-03-10T02:30:00Z/P1D', NY), NOW)?.toISOString()).to.equal('2024-03-10T07:30:00.000Z');
    });

    it('an empty start means now, and a start far in the past jumps straight to the next due time', () => {
      expect(nextRun(parse('R//PT1M'), new Date(NOW.getTime() - 1))?.toISOString()).to.equal(NOW.toISOString());
      // Chronos's SAMPLE_JOB1 shape: started in 2012 every 2 s.
      const old = parse('R/2012-10-01T05:52:00Z/PT2S');
      expect(nextRun(old, new Date('2024-06-01T12:00:00.500Z'))?.toISOString()).to.equal('2024-06-01T12:00:02.000Z');
    });

    it('months add calendar months from the start (Jan 31 + 1 month is Feb 29 in 2024)', () => {
      const monthly = parse('R/2024-01-31T12:00:00Z/P1M');
      expect(iso(runsBetween(monthly, new Date('2024-01-01T00:00:00Z'), new Date('2024-04-01T00:00:00Z'), 10))).to.deep.equal([
        '2024-01-31T12:00:00.000Z', '2024-02-29T12:00:00.000Z', '2024-03-31T12:00:00.000Z',
      ]);
    });
  });

  describe('cron expressions', () => {
    it('runs `30 2 * * *` once on the spring-forward day, moved to 03:30 EDT, and once on the fall-back day', () => {
      const daily = parse('30 2 * * *', NY);
      expect(iso(runsBetween(daily, new Date('2024-03-09T00:00:00Z'), new Date('2024-03-12T00:00:00Z'), 10))).to.deep.equal([
        '2024-03-09T07:30:00.000Z', '2024-03-10T07:30:00.000Z', '2024-03-11T06:30:00.000Z',
      ]);
      expect(iso(runsBetween(daily, new Date('2024-11-02T00:00:00Z'), new Date('2024-11-05T00:00:00Z'), 10))).to.deep.equal([
        '2024-11-02T06:30:00.000Z', '2024-11-03T07:30:00.000Z', '2024-11-04T07:30:00.000Z',
      ]);
      // 01:30 exists twice on the fall-back day: it runs once, at the first (EDT).
      const early = parse('30 1 * * *', NY);
      expect(iso(runsBetween(early, new Date('2024-11-03T00:00:00Z'), new Date('2024-11-04T00:00:00Z'), 10))).to.deep.equal([
        '2024-11-03T05:30:00.000Z',
      ]);
    });

    it('accepts 6 fields (seconds first) and the macros, @midnight included', () => {
      expect(nextRun(parse('*/10 * * * * *'), new Date('2024-01-01T00:00:01Z'))?.toISOString()).to.equal('2024-01-01T00:00:10.000Z');
      expect(nextRun(parse('@hourly'), new Date('2024-01-01T00:10:00Z'))?.toISOString()).to.equal('2024-01-01T01:00:00.000Z');
      expect(nextRun(parse('@midnight', NY), new Date('2024-01-01T12:00:00Z'))?.toISOString()).to.equal('2024-01-02T05:00:00.000Z');
    });
  });

  describe('errors', () => {
    for (const [text, reason] of [
      ['bogus', 'five or six'], ['R/2024-01-01T00:00:00Z', 'R[n]/start/period'], ['Rx/2024-01-01T00:00:00Z/PT1H', 'repetition'],
      ['R/yesterday/PT1H', "bad start 'yesterday'"], ['R/2024-01-01T00:00:00Z/P0D', 'bad period'], ['R/2024-01-01T00:00:00Z/1H', 'bad period'],
    ] as const) {
      it(`refuses '${text}' in Chronos's words`, () => {
        const result = parseSchedule(text, { now: NOW });
        expect(result).to.have.property('error').that.satisfies((error: string) => error.startsWith(`Cannot parse schedule '${text}'`) && error.includes(reason));
      });
    }

    it('refuses an unknown time zone, naming it', () => {
      expect(parseSchedule('@daily', { now: NOW, timeZone: 'Mars/Olympus' })).to.deep.equal({ error: "Cannot parse schedule '@daily': unknown time zone 'Mars/Olympus'" });
    });
  });

  it('parses the schedules of the Chronos and Metronome compat jobs', () => {
    const chronos = readdirSync(join(COMPAT, 'chronos')).filter((file) => file.endsWith('.json'));
    expect(chronos.length).to.be.greaterThan(0);
    for (const file of chronos) {
      const job = JSON.parse(readFileSync(join(COMPAT, 'chronos', file), 'utf8')) as { schedule?: string; scheduleTimeZone?: string };
      if (job.schedule === undefined) continue; // dependent jobs have parents instead
      const result = parseSchedule(job.schedule, { now: NOW, ...(job.scheduleTimeZone === undefined ? {} : { timeZone: job.scheduleTimeZone }) });
      expect(result, file).to.have.property('schedule');
    }
    const metronome = JSON.parse(readFileSync(join(COMPAT, 'metronome', 'metronome-schedule.json'), 'utf8')) as { cron: string; timezone: string };
    const result = parseSchedule(metronome.cron, { now: NOW, timeZone: metronome.timezone });
    expect(result).to.have.property('schedule');
  });

  describe('properties', () => {
    const zones = fc.constantFrom('UTC', NY, 'Europe/Berlin', 'Australia/Lord_Howe', 'Asia/Kolkata');
    const periods = fc.constantFrom('PT1S', 'PT17M', 'PT1H', 'PT90M', 'P1D', 'P1W', 'P1M', 'P1DT6H');
    const instant = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2026, 0, 1) });
    // A named zone keeps the written wall-clock fields, so the first run lies within a day of the written instant.
    const DAY = 86_400_000;

    it('nextRun(after) is strictly after `after`, for ISO and cron schedules', () => {
      const texts = fc.oneof(
        periods.map((period) => `R/2022-06-15T02:30:00/${period}`),
        fc.constantFrom('30 2 * * *', '30 1 * * 0', '*/7 * * * *', '@monthly', '0 30 2 * * *'),
      );
      fc.assert(fc.property(zones, texts, instant, (zone, text, after) => {
        const next = nextRun(parse(text, zone), new Date(after));
        expect(next).to.be.instanceOf(Date);
        expect(next!.getTime()).to.be.greaterThan(after);
      }), { numRuns: 150 });
    });

    it('runs strictly increase and each is after the time asked about', () => {
      const offset = fc.integer({ min: -10 * 86_400_000, max: 3 * 366 * 86_400_000 });
      fc.assert(fc.property(zones, periods, instant, offset, (zone, period, start, delta) => {
        const after = start + delta;
        const schedule = parse(`R/${new Date(start).toISOString()}/${period}`, zone);
        const runs = runsBetween(schedule, new Date(after), new Date(after + 40 * 86_400_000), 20);
        expect(runs.length).to.be.greaterThan(0);
        expect(runs[0]!.getTime()).to.be.greaterThan(after);
        for (let i = 1; i < runs.length; i++) expect(runs[i]!.getTime()).to.be.greaterThan(runs[i - 1]!.getTime());
      }), { numRuns: 150 });
    });

    it('Rn yields exactly n runs in all', () => {
      fc.assert(fc.property(zones, periods, instant, fc.integer({ min: 0, max: 30 }), (zone, period, start, n) => {
        const schedule = parse(`R${n}/${new Date(start).toISOString()}/${period}`, zone);
        expect(runsBetween(schedule, new Date(start - DAY), new Date(start + 3 * 366 * DAY), 1000)).to.have.length(n);
      }), { numRuns: 150 });
    });

    it('time-unit periods are exact elapsed time, whatever the zone does', () => {
      fc.assert(fc.property(zones, fc.constantFrom(['PT1H', 3_600_000], ['PT17M', 1_020_000], ['PT90M', 5_400_000]), instant, (zone, [period, ms], start) => {
        const schedule = parse(`R/${new Date(start).toISOString()}/${period}`, zone);
        const runs = runsBetween(schedule, new Date(start - DAY), new Date(start + 2 * DAY), 60);
        for (let i = 1; i < runs.length; i++) expect(runs[i]!.getTime() - runs[i - 1]!.getTime()).to.equal(ms);
      }), { numRuns: 60 });
    });

    it('cron runs strictly increase across DST in every zone', function () {
      this.timeout(20_000);
      fc.assert(fc.property(zones, fc.constantFrom('30 2 * * *', '0 * * * *', '*/15 1-3 * * *', '0 0 1 * *'), instant, (zone, expression, after) => {
        const runs = runsBetween(parse(expression, zone), new Date(after), new Date(after + 35 * 86_400_000), 50);
        expect(runs.length).to.be.greaterThan(0);
        for (let i = 1; i < runs.length; i++) expect(runs[i]!.getTime()).to.be.greaterThan(runs[i - 1]!.getTime());
      }), { numRuns: 25 });
    });
  });
});
