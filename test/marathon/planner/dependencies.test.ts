import { expect } from 'chai';
import type { AppDefinition } from '../../../frameworks/marathon/app-definition/index.js';
import { dependencyGraph, dependencyProblems, parentGroup } from '../../../frameworks/marathon/planner/index.js';
import { app, set } from './fixtures.js';

describe('marathon planner: dependency validation', () => {
  it('accepts dependencies on apps and on groups of apps', () => {
    expect(dependencyProblems(set(app('/web', { dependencies: ['/db', '/cache/redis'] }), app('/db/pg'), app('/cache/redis'))))
      .to.deep.equal([]);
  });

  it('reports a dependency that names nothing, with its index', () => {
    expect(dependencyProblems(set(app('/web', { dependencies: ['/db', '/queue'] }), app('/db')))).to.deep.equal([
      { appId: '/web', path: '/dependencies(1)', message: "dependency '/queue' of app '/web' does not exist" },
    ]);
  });

  it('a group prefix must end at a path boundary: /db does not cover /dbx', () => {
    expect(dependencyProblems(set(app('/web', { dependencies: ['/db'] }), app('/dbx')))).to.have.length(1);
  });

  it('an app does not satisfy a dependency on its own group', () => {
    expect(dependencyProblems(set(app('/db/a', { dependencies: ['/db'] })))).to.deep.equal([
      { appId: '/db/a', path: '/dependencies(0)', message: "dependency '/db' of app '/db/a' does not exist" },
    ]);
    expect(dependencyGraph(set(app('/db/a', { dependencies: ['/db'] }), app('/db/b'))).edges.get('/db/a'))
      .to.deep.equal(['/db/b']);
  });

  it('reports a two-app cycle once, from its smallest id', () => {
    expect(dependencyProblems(set(app('/b', { dependencies: ['/a'] }), app('/a', { dependencies: ['/b'] })))).to.deep.equal([
      { appId: '/a', path: '/dependencies', message: 'dependency cycle: /a -> /b -> /a' },
    ]);
  });

  it('reports a self-dependency and a longer cycle, leaving acyclic apps alone', () => {
    const problems = dependencyProblems(set(
      app('/self', { dependencies: ['/self'] }),
      app('/x', { dependencies: ['/y'] }), app('/y', { dependencies: ['/z'] }), app('/z', { dependencies: ['/x'] }),
      app('/ok', { dependencies: ['/x'] }),
    ));
    expect(problems.map((p) => p.message)).to.deep.equal([
      'dependency cycle: /self -> /self', 'dependency cycle: /x -> /y -> /z -> /x',
    ]);
  });

  it('finds a cycle through a group dependency', () => {
    const problems = dependencyProblems(set(app('/web', { dependencies: ['/db'] }), app('/db/pg', { dependencies: ['/web'] })));
    expect(problems.map((p) => p.message)).to.deep.equal(['dependency cycle: /db/pg -> /web -> /db/pg']);
  });

  it('normalizeApp already stores dependencies resolved against the parent group', () => {
    expect(app('/prod/web', { dependencies: ['db', '../shared/cache', '/abs'] }).dependencies)
      .to.deep.equal(['/prod/db', '/shared/cache', '/abs']);
  });

  it('resolves relative dependencies of hand-built definitions itself', () => {
    const raw: AppDefinition = { ...app('/prod/web'), dependencies: ['db', '../gone'] };
    expect(dependencyProblems(set(raw, app('/prod/db')))).to.deep.equal([
      { appId: '/prod/web', path: '/dependencies(1)', message: "dependency '../gone' of app '/prod/web' does not exist" },
    ]);
  });

  it('knows parent groups', () => {
    expect([parentGroup('/a'), parentGroup('/a/b'), parentGroup('/a/b/c')]).to.deep.equal(['/', '/a', '/a/b']);
  });
});
