import { expect } from 'chai';
import fc from 'fast-check';
import { isScaleOnlyChange, planDeployment } from '../../../frameworks/marathon/planner/index.js';
import type { AppSet } from '../../../frameworks/marathon/model/index.js';
import { app, set, stepsOf } from './fixtures.js';

const V = '2024-02-02T00:00:00.000Z';
const plan = (original: AppSet, target: AppSet, restart?: ReadonlySet<string>) =>
  planDeployment({ id: 'd1', version: V, original, target, ...(restart ? { restart } : {}) });

describe('marathon planner: isScaleOnlyChange', () => {
  it('ignores instances, version and versionInfo', () => {
    const a = app('/a', { instances: 1, version: '2024-01-01T00:00:00.000Z' });
    const b = app('/a', { instances: 7, version: '2024-03-01T00:00:00.000Z', versionInfo: { lastScalingAt: 'x' } });
    expect(isScaleOnlyChange(a, b)).to.equal(true);
    expect(isScaleOnlyChange(a, a)).to.equal(true);
  });

  it('sees any other change, deep inside too', () => {
    const base = app('/a', { env: { A: '1' }, labels: { x: 'y' } });
    expect(isScaleOnlyChange(base, app('/a', { env: { A: '2' }, labels: { x: 'y' } }))).to.equal(false);
    expect(isScaleOnlyChange(base, app('/a', { env: { A: '1' }, labels: { x: 'y' }, cmd: 'sleep 2' }))).to.equal(false);
    expect(isScaleOnlyChange(base, app('/a', { env: { A: '1' }, labels: { x: 'y' }, cpus: 2 }))).to.equal(false);
    expect(isScaleOnlyChange(app('/a', { args: ['a', 'b'], cmd: undefined }), app('/a', { args: ['b', 'a'], cmd: undefined })))
      .to.equal(false);
  });

  it('does not care about key order', () => {
    const a = app('/a', { env: { A: '1', B: '2' }, labels: { p: '1', q: '2' } });
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as typeof a;
    reordered.env = { B: '2', A: '1' };
    reordered.labels = { q: '2', p: '1' };
    expect(isScaleOnlyChange(a, reordered)).to.equal(true);
  });

  it('is reflexive and symmetric on random label maps', () => {
    fc.assert(fc.property(fc.dictionary(fc.string(), fc.string()), fc.dictionary(fc.string(), fc.string()), (l1, l2) => {
      const a = app('/a', { labels: l1 });
      const b = app('/a', { labels: l2 });
      const same = JSON.stringify(Object.entries(l1).sort()) === JSON.stringify(Object.entries(l2).sort());
      expect(isScaleOnlyChange(a, b)).to.equal(same);
      expect(isScaleOnlyChange(b, a)).to.equal(same);
    }), { numRuns: 50 });
  });
});

describe('marathon planner: planDeployment', () => {
  it('creates an app: start at 0, then scale', () => {
    const a = app('/a', { instances: 3 });
    const p = plan(set(), set(a));
    expect(stepsOf(p)).to.deep.equal([['StartApplication /a'], ['ScaleApplication /a']]);
    expect(p?.affectedApps).to.deep.equal(['/a']);
    expect(p?.original).to.deep.equal({});
    expect(p?.target).to.deep.equal({ '/a': a });
    expect(p?.id).to.equal('d1');
    expect(p?.version).to.equal(V);
  });

  it('deletes an app', () => {
    const a = app('/a');
    const p = plan(set(a), set());
    expect(stepsOf(p)).to.deep.equal([['StopApplication /a']]);
    expect(p?.original).to.deep.equal({ '/a': a });
    expect(p?.target).to.deep.equal({});
  });

  it('a change of instances only is a scale', () => {
    const p = plan(set(app('/a', { instances: 1 })), set(app('/a', { instances: 5, version: V })));
    expect(stepsOf(p)).to.deep.equal([['ScaleApplication /a']]);
  });

  it('any other change is a restart', () => {
    const p = plan(set(app('/a')), set(app('/a', { cmd: 'sleep 2', instances: 4 })));
    expect(stepsOf(p)).to.deep.equal([['RestartApplication /a']]);
  });

  it('restarts an unchanged app named in restart, and a scaled one too', () => {
    expect(stepsOf(plan(set(app('/a')), set(app('/a')), new Set(['/a'])))).to.deep.equal([['RestartApplication /a']]);
    expect(stepsOf(plan(set(app('/a')), set(app('/a', { instances: 3 })), new Set(['/a']))))
      .to.deep.equal([['RestartApplication /a']]);
  });

  it('returns undefined when nothing changes (a new version stamp alone changes nothing)', () => {
    const apps = set(app('/a'), app('/b', { dependencies: ['/a'] }));
    expect(plan(apps, apps)).to.equal(undefined);
    expect(plan(set(app('/a')), set(app('/a', { version: V })))).to.equal(undefined);
    expect(plan(set(), set())).to.equal(undefined);
    expect(plan(apps, apps, new Set(['/nope']))).to.equal(undefined);
  });

  it('leaves untouched apps out of the plan', () => {
    const p = plan(set(app('/a'), app('/b')), set(app('/a'), app('/b', { cpus: 2 })));
    expect(p?.affectedApps).to.deep.equal(['/b']);
    expect(Object.keys(p?.original ?? {})).to.deep.equal(['/b']);
    expect(Object.keys(p?.target ?? {})).to.deep.equal(['/b']);
  });

  describe('dependency order', () => {
    // c depends on b, b depends on a.
    const chain = (fields: Record<string, unknown> = {}) => set(
      app('/a', fields), app('/b', { ...fields, dependencies: ['/a'] }), app('/c', { ...fields, dependencies: ['/b'] }));

    it('a ← b ← c created: one start step, then three ordered scale steps', () => {
      expect(stepsOf(plan(set(), chain()))).to.deep.equal([
        ['StartApplication /a', 'StartApplication /b', 'StartApplication /c'],
        ['ScaleApplication /a'], ['ScaleApplication /b'], ['ScaleApplication /c'],
      ]);
    });

    it('a ← b ← c updated: three ordered restart steps', () => {
      expect(stepsOf(plan(chain(), chain({ mem: 256 })))).to.deep.equal([
        ['RestartApplication /a'], ['RestartApplication /b'], ['RestartApplication /c'],
      ]);
    });

    it('a ← b ← c removed: stopped in reverse order, dependents first', () => {
      expect(stepsOf(plan(chain(), set()))).to.deep.equal([
        ['StopApplication /c'], ['StopApplication /b'], ['StopApplication /a'],
      ]);
    });

    it('stop order follows the original set even when the middle app stays', () => {
      const p = plan(chain(), set(app('/b', { dependencies: [] })));
      expect(stepsOf(p)).to.deep.equal([['StopApplication /c'], ['StopApplication /a'], ['RestartApplication /b']]);
    });

    it('apps of one level share a step; the level is the longest path', () => {
      const target = set(app('/a'), app('/x'), app('/b', { dependencies: ['/a'] }),
        app('/c', { dependencies: ['/a', '/b', '/x'] }));
      expect(stepsOf(plan(set(), target)).slice(1)).to.deep.equal([
        ['ScaleApplication /a', 'ScaleApplication /x'], ['ScaleApplication /b'], ['ScaleApplication /c'],
      ]);
    });

    it('levels count unchanged apps of the target set, and empty levels are skipped', () => {
      const before = chain();
      const after = set(app('/a', { cmd: 'sleep 5' }), before.get('/b') ?? app('/b'),
        app('/c', { instances: 4, dependencies: ['/b'] }));
      expect(stepsOf(plan(before, after))).to.deep.equal([['RestartApplication /a'], ['ScaleApplication /c']]);
    });

    it('a dependency on a group waits for every app under it', () => {
      const target = set(app('/web', { dependencies: ['/db'] }), app('/db/mysql'), app('/db/pg'), app('/cache'));
      expect(stepsOf(plan(set(), target))).to.deep.equal([
        ['StartApplication /cache', 'StartApplication /db/mysql', 'StartApplication /db/pg', 'StartApplication /web'],
        ['ScaleApplication /cache', 'ScaleApplication /db/mysql', 'ScaleApplication /db/pg'],
        ['ScaleApplication /web'],
      ]);
    });

    it('relative dependencies resolve against the parent group', () => {
      const target = set(app('/prod/web', { dependencies: ['db'] }), app('/prod/db'));
      expect(stepsOf(plan(set(), target)).slice(1)).to.deep.equal([['ScaleApplication /prod/db'], ['ScaleApplication /prod/web']]);
    });

    it('orders stop steps, then the start step, then the level steps', () => {
      const before = set(app('/old'), app('/a'));
      const after = set(app('/a', { cmd: 'sleep 3' }), app('/new', { dependencies: ['/a'] }));
      expect(stepsOf(plan(before, after))).to.deep.equal([
        ['StopApplication /old'], ['StartApplication /new'], ['RestartApplication /a'], ['ScaleApplication /new'],
      ]);
    });

    it('still terminates on a cycle (validation reports it separately)', () => {
      const p = plan(set(), set(app('/a', { dependencies: ['/b'] }), app('/b', { dependencies: ['/a'] })));
      expect(p?.affectedApps).to.deep.equal(['/a', '/b']);
      expect(p?.steps.flatMap((s) => s.actions).filter((a) => a.action === 'ScaleApplication')).to.have.length(2);
    });

    it('property: every app is deployed in a later step than all of its dependencies', () => {
      // Random DAGs: app i may only depend on apps with a smaller index.
      const dag = fc.integer({ min: 1, max: 12 }).chain((n) => fc.tuple(
        fc.constant(n),
        fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 30 }),
        fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      ));
      fc.assert(fc.property(dag, ([n, pairs, changed]) => {
        const deps = new Map<number, Set<number>>();
        for (const [x, y] of pairs) if (x !== y) deps.set(Math.max(x, y), (deps.get(Math.max(x, y)) ?? new Set()).add(Math.min(x, y)));
        const make = (i: number, cpus: number) => app(`/app${i}`, { cpus, dependencies: [...(deps.get(i) ?? [])].map((d) => `/app${d}`) });
        const ids = [...Array(n).keys()];
        const p = plan(set(...ids.map((i) => make(i, 1))), set(...ids.map((i) => make(i, changed[i] === true ? 2 : 1))));
        const stepOf = new Map<string, number>();
        (p?.steps ?? []).forEach((s, k) => { for (const a of s.actions) stepOf.set(a.app, k); });
        expect(p?.affectedApps ?? []).to.deep.equal(ids.filter((i) => changed[i] === true).map((i) => `/app${i}`).sort());
        for (const [i, ds] of deps) {
          for (const d of ds) {
            const si = stepOf.get(`/app${i}`);
            const sd = stepOf.get(`/app${d}`);
            if (si !== undefined && sd !== undefined) expect(si).to.be.greaterThan(sd);
          }
        }
      }), { numRuns: 100 });
    });
  });
});
