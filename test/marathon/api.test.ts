// The /v2 API's answers, error bodies included, with the framework running in-process on a memory bus and store and
// no master: deployments stay pending (nothing gets offers), which is what lock and rollback answers need.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { pino } from 'pino';
import { MemoryBus } from '../../shared/bus/index.js';
import { MemoryStore } from '../../shared/store/memory-store.js';
import { startMarathon, type RunningMarathon } from '../../frameworks/marathon/index.js';

const COMPAT = join(import.meta.dirname, '..', '..', '..', 'shared', 'compat', 'marathon');
const fixture = (name: string): unknown => JSON.parse(readFileSync(join(COMPAT, name), 'utf8')) as unknown;

describe('Marathon /v2 API (in-process, no master)', function () {
  let marathon: RunningMarathon;
  let bus: MemoryBus;
  let store: MemoryStore;

  beforeEach(async function () {
    bus = new MemoryBus();
    store = new MemoryStore();
    marathon = await startMarathon({ bus, store, cluster: 'api', logger: pino({ level: 'silent' }), httpHost: '127.0.0.1', httpPort: 0 });
  });

  afterEach(async function () {
    await marathon.stop();
    await bus.close();
    await store.close();
  });

  async function call<T = Record<string, unknown>>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: T; headers: Headers; text: string }> {
    const response = await fetch(`${marathon.url}${path}`, {
      method, headers: { 'content-type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try { parsed = JSON.parse(text); } catch { parsed = text; }
    return { status: response.status, body: parsed as T, headers: response.headers, text };
  }

  describe('the compat fixtures, posted as a client would', function () {
    for (const [file, path] of [
      ['marathon-app-simple.json', '/v2/apps'], ['marathon-readiness-and-health-app.json', '/v2/apps'],
      ['marathon-persistent-volume-app.json', '/v2/apps'], ['marathon-docker-bridge-webapp.json', '/v2/apps'],
      ['marathon-group-sleep.json', '/v2/groups'],
    ] as const) {
      it(`accepts ${file} on POST ${path} with 201, Location and Marathon-Deployment-Id`, async function () {
        const answer = await call('POST', path, fixture(file));
        expect(answer.status, answer.text).to.equal(201);
        expect(answer.headers.get('location')).to.match(/^\//);
        expect(answer.headers.get('marathon-deployment-id')).to.match(/^[0-9a-f-]{36}$/);
      });
    }

    it('rejects marathon-app-full-apidoc.json with 422 listing every violation', async function () {
      const answer = await call<{ message: string; details: Array<{ path: string; errors: string[] }> }>('POST', '/v2/apps', fixture('marathon-app-full-apidoc.json'));
      expect(answer.status).to.equal(422);
      expect(answer.body.message).to.equal('Object is not valid');
      expect(answer.body.details.map((detail) => detail.path)).to.include.members(['/', '/env/PASSWORD', '/ipAddress/discovery/ports']);
    });

    it('rejects the dependency batch (PUT /v2/apps) with 422 naming the missing dependency, and creates nothing', async function () {
      const answer = await call<{ details: Array<{ path: string; errors: string[] }> }>('PUT', '/v2/apps', fixture('marathon-apps-create-with-dependencies.json'));
      expect(answer.status).to.equal(422);
      expect(JSON.stringify(answer.body.details)).to.contain('/other/namespace/or/app');
      expect((await call<{ apps: unknown[] }>('GET', '/v2/apps')).body.apps).to.deep.equal([]);
    });

    it('accepts the dependency batch once the missing app exists, in one deployment', async function () {
      const batch = fixture('marathon-apps-create-with-dependencies.json') as Array<Record<string, unknown>>;
      const answer = await call<{ deploymentId: string }>('PUT', '/v2/apps', [...batch, { id: '/other/namespace/or/app', cmd: 'sleep 1' }]);
      expect(answer.status, answer.text).to.equal(200);
      const deployments = (await call<Array<{ id: string; affectedApps: string[]; steps: Array<{ actions: Array<{ action: string; app: string }> }> }>>('GET', '/v2/deployments')).body;
      expect(deployments).to.have.length(1);
      const order = deployments[0]!.steps.flatMap((step) => step.actions.filter((action) => action.action === 'ScaleApplication').map((action) => action.app));
      expect(order.indexOf('/test/sleep120')).to.be.lessThan(order.indexOf('/test/sleep60'));
    });
  });

  describe('error bodies', function () {
    it('404 for an unknown app, its tasks, versions and restart', async function () {
      for (const [method, path] of [['GET', '/v2/apps/nope'], ['GET', '/v2/apps/nope/tasks'], ['GET', '/v2/apps/nope/versions'], ['POST', '/v2/apps/nope/restart'], ['DELETE', '/v2/apps/nope'], ['PATCH', '/v2/apps/nope']] as const) {
        const answer = await call(method, path, method === 'PATCH' ? { instances: 1 } : undefined);
        expect(answer.status, `${method} ${path}`).to.equal(404);
        expect(answer.body, `${method} ${path}`).to.deep.equal({ message: "App '/nope' does not exist" });
      }
    });

    it('409 when the app exists; 409 lock with the deployment id on a second change; force=true cancels and goes on', async function () {
      const first = await call('POST', '/v2/apps', { id: '/locked', cmd: 'sleep 1', instances: 1 });
      expect(first.status).to.equal(201);
      const again = await call('POST', '/v2/apps', { id: '/locked', cmd: 'sleep 1' });
      expect(again.status).to.equal(409);
      expect(again.body).to.deep.equal({ message: 'An app with id [/locked] already exists.' });
      const deploymentId = first.headers.get('marathon-deployment-id');
      const locked = await call('PUT', '/v2/apps/locked', { instances: 2 });
      expect(locked.status).to.equal(409);
      expect(locked.body).to.deep.equal({
        // Marathon's AppLockedException names the placeholder literally; the ids are in `deployments`.
        message: "App is locked by one or more deployments. Override with the option '?force=true'. View details at '/v2/deployments/<DEPLOYMENT_ID>'.",
        deployments: [{ id: deploymentId }],
      });
      const forced = await call<{ deploymentId: string; version: string }>('PUT', '/v2/apps/locked?force=TRUE', { instances: 2 });
      expect(forced.status).to.equal(200);
      expect(forced.body.deploymentId).not.to.equal(deploymentId);
      expect((await call<Array<{ id: string }>>('GET', '/v2/deployments')).body.map((deployment) => deployment.id)).to.deep.equal([forced.body.deploymentId]);
    });

    it('422 with the field path for an invalid app; 400 for malformed JSON, a non-object body and a bad boolean', async function () {
      const invalid = await call<{ details: Array<{ path: string }> }>('POST', '/v2/apps', { id: '/bad', cmd: 'x', upgradeStrategy: { minimumHealthCapacity: 2 } });
      expect(invalid.status).to.equal(422);
      expect(invalid.body.details.map((detail) => detail.path)).to.include('/upgradeStrategy/minimumHealthCapacity');
      const malformed = await call<{ message: string }>('POST', '/v2/apps', '{"id": ');
      expect(malformed.status).to.equal(400);
      expect(malformed.body.message).to.equal('Invalid JSON');
      expect((await call('POST', '/v2/apps', [1, 2])).status).to.equal(400);
      const badFlag = await call<{ message: string }>('DELETE', '/v2/apps/x?force=maybe');
      expect(badFlag.status).to.equal(400);
      expect(badFlag.body.message).to.contain('force');
    });

    it("422 for a version combined with other fields; 404 for an unknown version", async function () {
      await call('POST', '/v2/apps', { id: '/v', cmd: 'sleep 1', instances: 0 });
      const mixed = await call<{ details: Array<{ errors: string[] }> }>('PUT', '/v2/apps/v?force=true', { version: '2020-01-01T00:00:00.000Z', cmd: 'x' });
      expect(mixed.status).to.equal(422);
      expect(JSON.stringify(mixed.body)).to.contain("The 'version' field may only be combined with the 'id' field.");
      const unknown = await call('PUT', '/v2/apps/v?force=true', { version: '2020-01-01T00:00:00.000Z' });
      expect(unknown.status).to.equal(404);
      expect(unknown.body).to.deep.equal({ message: "App '/v' does not exist in version 2020-01-01T00:00:00.000Z" });
    });

    it('404 for unknown deployments, tasks and groups in Marathon words', async function () {
      expect((await call('DELETE', '/v2/deployments/abc')).body).to.deep.equal({ message: 'DeploymentPlan abc does not exist' });
      await call('POST', '/v2/apps', { id: '/t', cmd: 'sleep 1', instances: 0 });
      const task = await call('DELETE', '/v2/apps/t/tasks/t.instance-x._app.1');
      expect(task.status).to.equal(404);
      expect(task.body).to.deep.equal({ message: "Task 't.instance-x._app.1' does not exist" });
      const group = await call('GET', '/v2/groups/nowhere');
      expect(group.status).to.equal(404);
      expect((await call<{ message: string }>('POST', '/v2/tasks/delete', { ids: ['nope'] })).body.message).to.equal("Invalid task id 'nope'");
    });
  });

  describe('apps, versions, deployments and groups', function () {
    it('partial update merges, scale keeps the configuration version, a config change moves it; versions list both', async function () {
      await call('POST', '/v2/apps', { id: '/m', cmd: 'sleep 1', instances: 0, labels: { team: 'a' } });
      const original = (await call<{ app: { version: string; versionInfo: { lastConfigChangeAt: string } } }>('GET', '/v2/apps/m')).body.app;
      await call('PUT', '/v2/apps/m?force=true', { instances: 3 });
      const scaled = (await call<{ app: { cmd: string; instances: number; labels: Record<string, string>; version: string; versionInfo: { lastConfigChangeAt: string } } }>('GET', '/v2/apps/m')).body.app;
      expect(scaled).to.include({ cmd: 'sleep 1', instances: 3 });
      expect(scaled.labels).to.deep.equal({ team: 'a' });
      expect(scaled.version).not.to.equal(original.version);
      expect(scaled.versionInfo.lastConfigChangeAt).to.equal(original.versionInfo.lastConfigChangeAt);
      await call('PUT', '/v2/apps/m?force=true', { cmd: 'sleep 2' });
      const changed = (await call<{ app: { versionInfo: { lastConfigChangeAt: string } } }>('GET', '/v2/apps/m')).body.app;
      expect(changed.versionInfo.lastConfigChangeAt).not.to.equal(original.versionInfo.lastConfigChangeAt);
      const versions = (await call<{ versions: string[] }>('GET', '/v2/apps/m/versions')).body.versions;
      expect(versions).to.have.length(3);
      expect(versions[2]).to.equal(original.version);
      const old = await call<{ cmd: string; instances: number }>('GET', `/v2/apps/m/versions/${original.version}`);
      expect(old.body).to.include({ cmd: 'sleep 1', instances: 0 });
      const rolledBack = await call('PUT', '/v2/apps/m?force=true', { id: '/m', version: original.version });
      expect(rolledBack.status).to.equal(200);
      expect((await call<{ app: { cmd: string; instances: number } }>('GET', '/v2/apps/m')).body.app).to.include({ cmd: 'sleep 1', instances: 0 });
      const replaced = await call('PUT', '/v2/apps/m?force=true&partialUpdate=false', { cmd: 'sleep 3' });
      expect(replaced.status).to.equal(200);
      expect((await call<{ app: { labels: Record<string, string> } }>('GET', '/v2/apps/m')).body.app.labels).to.deep.equal({});
    });

    it('PUT creates a missing app with 201; DELETE of a deployment rolls it back, force=true only cancels (202)', async function () {
      const created = await call<{ deploymentId: string }>('PUT', '/v2/apps/fresh', { cmd: 'sleep 1', instances: 2 });
      expect(created.status).to.equal(201);
      const rollback = await call<{ deploymentId: string }>('DELETE', `/v2/deployments/${created.body.deploymentId}`);
      expect(rollback.status).to.equal(200);
      expect((await call('GET', '/v2/apps/fresh')).status).to.equal(404);
      const second = await call<{ deploymentId: string }>('POST', '/v2/apps', { id: '/fresh2', cmd: 'sleep 1', instances: 2 });
      const cancel = await call('DELETE', `/v2/deployments/${second.headers.get('marathon-deployment-id') ?? ''}?force=true`);
      expect(cancel.status).to.equal(202);
      expect((await call('GET', '/v2/apps/fresh2')).status).to.equal(200);
      expect((await call<unknown[]>('GET', '/v2/deployments')).body.filter((deployment) => JSON.stringify(deployment).includes('/fresh2'))).to.deep.equal([]);
    });

    it('filters the app list by id, cmd and label selector', async function () {
      await call('PUT', '/v2/apps', [
        { id: '/shop/web', cmd: 'httpd', instances: 0, labels: { tier: 'front' } },
        { id: '/shop/db', cmd: 'postgres', instances: 0, labels: { tier: 'back' } },
      ]);
      const ids = async (query: string): Promise<string[]> => (await call<{ apps: Array<{ id: string }> }>('GET', `/v2/apps?${query}`)).body.apps.map((app) => app.id);
      expect(await ids('id=shop')).to.deep.equal(['/shop/db', '/shop/web']);
      expect(await ids('cmd=http')).to.deep.equal(['/shop/web']);
      expect(await ids(`label=${encodeURIComponent('tier==back')}`)).to.deep.equal(['/shop/db']);
      expect(await ids(`label=${encodeURIComponent('tier in (front,back)')}`)).to.deep.equal(['/shop/db', '/shop/web']);
      expect((await call<{ '*': unknown[] }>('GET', '/v2/apps/shop/*')).body['*']).to.have.length(2);
      const group = (await call<{ id: string; groups: Array<{ id: string; apps: Array<{ id: string }> }> }>('GET', '/v2/groups')).body;
      expect(group.id).to.equal('/');
      expect(group.groups.map((child) => child.id)).to.deep.equal(['/shop']);
      expect(group.groups[0]!.apps.map((app) => app.id)).to.deep.equal(['/shop/db', '/shop/web']);
    });

    it('scales a group with scaleBy, dry-runs a group change, and deletes a group', async function () {
      await call('POST', '/v2/groups', { id: '/g', apps: [{ id: 'a', cmd: 'sleep 1', instances: 2 }, { id: 'b', cmd: 'sleep 1', instances: 1 }] });
      const dry = await call<{ steps: unknown[] }>('PUT', '/v2/groups/g?dryRun=true', { apps: [{ id: 'a', cmd: 'sleep 2', instances: 2 }] });
      expect(dry.status).to.equal(200);
      expect(JSON.stringify(dry.body.steps)).to.contain('StopApplication').and.contain('RestartApplication');
      expect((await call('GET', '/v2/apps/g/b')).status, 'dry run changes nothing').to.equal(200);
      expect((await call('PUT', '/v2/groups/g?force=true', { scaleBy: 2 })).status).to.equal(200);
      expect((await call<{ app: { instances: number } }>('GET', '/v2/apps/g/a')).body.app.instances).to.equal(4);
      const conflict = await call<{ message: string }>('POST', '/v2/groups', { id: '/g', apps: [] });
      expect(conflict.status).to.equal(409);
      expect(conflict.body.message).to.equal('Group /g is already created. Use PUT to change this group.');
      const notChild = await call<{ details: Array<{ errors: string[] }> }>('PUT', '/v2/groups/g?force=true', { apps: [{ id: '/elsewhere', cmd: 'x' }] });
      expect(notChild.status).to.equal(422);
      expect(JSON.stringify(notChild.body.details)).to.contain('is not child of /g');
      expect((await call('DELETE', '/v2/groups/g?force=true')).status).to.equal(200);
      expect((await call('GET', '/v2/apps/g/a')).status).to.equal(404);
    });
  });

  it('applies group dependencies and relative app dependencies inside a group, ordering the steps', async function () {
    const answer = await call('POST', '/v2/groups', {
      id: '/product',
      groups: [
        { id: 'database', apps: [{ id: 'mysql', cmd: 'sleep 1' }] },
        { id: 'service', dependencies: ['/product/database'], apps: [{ id: 'api', cmd: 'sleep 1' }, { id: 'worker', cmd: 'sleep 1', dependencies: ['api'] }] },
      ],
    });
    expect(answer.status, answer.text).to.equal(201);
    expect((await call<{ app: { dependencies: string[] } }>('GET', '/v2/apps/product/service/worker')).body.app.dependencies)
      .to.have.members(['/product/service/api', '/product/database']);
    const steps = (await call<Array<{ steps: Array<{ actions: Array<{ action: string; app: string }> }> }>>('GET', '/v2/deployments')).body[0]!.steps
      .map((step) => step.actions.filter((action) => action.action === 'ScaleApplication').map((action) => action.app))
      .filter((apps) => apps.length > 0);
    expect(steps).to.deep.equal([['/product/database/mysql'], ['/product/service/api'], ['/product/service/worker']]);
  });

  it('lists group versions and rolls a group back to one', async function () {
    await call('POST', '/v2/groups', { id: '/rb', apps: [{ id: 'a', cmd: 'sleep 1', instances: 0 }] });
    await call('PUT', '/v2/groups/rb?force=true', { apps: [{ id: 'a', cmd: 'sleep 2', instances: 0 }, { id: 'b', cmd: 'sleep 3', instances: 0 }] });
    const versions = (await call<string[]>('GET', '/v2/groups/rb/versions')).body;
    expect(versions).to.have.length(2);
    expect(versions[0]! > versions[1]!, 'newest first').to.equal(true);
    const back = await call('PUT', '/v2/groups/rb?force=true', { version: versions[1] });
    expect(back.status, back.text).to.equal(200);
    expect((await call<{ app: { cmd: string } }>('GET', '/v2/apps/rb/a')).body.app.cmd).to.equal('sleep 1');
    expect((await call('GET', '/v2/apps/rb/b')).status).to.equal(404);
    const unknown = await call('PUT', '/v2/groups/rb?force=true', { version: '2001-01-01T00:00:00.000Z' });
    expect(unknown.status).to.equal(404);
    expect((await call('GET', '/v2/groups/nowhere/versions')).status).to.equal(404);
  });

  describe('service endpoints', function () {
    it('answers /ping, /v2/info, /v2/leader, /metrics, /v2/schemas/app and the removed callback subscriptions', async function () {
      const ping = await call('GET', '/ping');
      expect(ping.text).to.equal('pong');
      expect(ping.headers.get('content-type')).to.contain('text/plain');
      const info = (await call<{ name: string; version: string; elected: boolean; leader: string; http_config: { http_port: number } }>('GET', '/v2/info')).body;
      expect(info).to.include({ name: 'marathon', elected: true });
      expect((await call<{ leader: string }>('GET', '/v2/leader')).body.leader).to.equal(info.leader);
      const metrics = (await call<{ gauges: Record<string, { value: number }> }>('GET', '/metrics')).body;
      expect(metrics.gauges['marathon.apps.active.gauge']?.value).to.equal(0);
      const schema = (await call<{ properties: Record<string, unknown>; required: string[] }>('GET', '/v2/schemas/app')).body;
      expect(schema.required).to.include('id');
      expect(schema.properties).to.include.keys('cmd', 'container', 'healthChecks', 'upgradeStrategy');
      const subscriptions = await call<{ message: string }>('GET', '/v2/eventSubscriptions');
      expect(subscriptions.status).to.equal(404);
      expect(subscriptions.body.message).to.contain('/v2/events');
      expect((await call('DELETE', '/v2/queue/nope/delay')).status).to.equal(404);
    });

    it('answers /v2/events without an event-stream Accept header with a Marathon error, not a hang', async function () {
      const answer = await call('GET', '/v2/events', undefined, { accept: 'application/json' });
      expect(answer.status).to.be.within(400, 499);
    });
  });
});
