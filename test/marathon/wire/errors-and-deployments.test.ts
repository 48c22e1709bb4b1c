import { expect } from 'chai';
import {
  appAlreadyExists, appLocked, appNotFound, deploymentJson, deploymentNotFound, deploymentResultJson, groupNotFound, invalidJson,
  invalidObject, invalidTaskId, noLeader, notAuthenticated, notAuthorized, taskNotFound, type WireError,
} from '../../../frameworks/marathon/wire/index.js';
import type { DeploymentPlan } from '../../../frameworks/marathon/model/index.js';
import { DEPLOYMENT_KEYS } from './fixtures.js';

describe('marathon wire: error bodies', () => {
  const table: Array<[string, WireError, string]> = [
    ['app not found', appNotFound('/x'), '{"message":"App \'/x\' does not exist"}'],
    ['app not found in a version', appNotFound('/x', '2024-01-01T00:00:00.000Z'),
      '{"message":"App \'/x\' does not exist in version 2024-01-01T00:00:00.000Z"}'],
    ['group not found', groupNotFound('/g'), '{"message":"Group \'/g\' does not exist"}'],
    ['group not found in a version', groupNotFound('/g', 'V'), '{"message":"Group \'/g\' does not exist in version V"}'],
    ['task not found', taskNotFound('web.instance-1._app.1'), '{"message":"Task \'web.instance-1._app.1\' does not exist"}'],
    ['deployment not found', deploymentNotFound('d-1'), '{"message":"DeploymentPlan d-1 does not exist"}'],
    ['app exists', appAlreadyExists('/x'), '{"message":"An app with id [/x] already exists."}'],
    ['app locked', appLocked(['d-1', 'd-2']),
      '{"message":"App is locked by one or more deployments. Override with the option \'?force=true\'. '
      + 'View details at \'/v2/deployments/<DEPLOYMENT_ID>\'.","deployments":[{"id":"d-1"},{"id":"d-2"}]}'],
    ['bad JSON', invalidJson([{ path: '/id', errors: ['error.expected.jsstring'] }]),
      '{"message":"Invalid JSON","details":[{"path":"/id","errors":["error.expected.jsstring"]}]}'],
    ['invalid object', invalidObject({ message: 'Object is not valid',
      details: [{ path: '/upgradeStrategy/minimumHealthCapacity', errors: ['is greater than 1'] }] }),
    '{"message":"Object is not valid","details":[{"path":"/upgradeStrategy/minimumHealthCapacity","errors":["is greater than 1"]}]}'],
    ['invalid task id', invalidTaskId('nodot'), '{"message":"Invalid task id \'nodot\'."}'],
    ['invalid task id with reason', invalidTaskId('nodot', 'no app in it'), '{"message":"Invalid task id \'nodot\'. [no app in it]"}'],
    ['not authenticated', notAuthenticated(), '{"message":"Invalid username or password."}'],
    ['not authorized', notAuthorized(), '{"message":"Not Authorized to perform this action!"}'],
    ['no leader', noLeader(), '{"message":"There is no leader"}'],
  ];
  const statuses: Record<string, number> = {
    'app not found': 404, 'app not found in a version': 404, 'group not found': 404, 'group not found in a version': 404,
    'task not found': 404, 'deployment not found': 404, 'app exists': 409, 'app locked': 409, 'bad JSON': 400,
    'invalid object': 422, 'invalid task id': 400, 'invalid task id with reason': 400, 'not authenticated': 401,
    'not authorized': 403, 'no leader': 404,
  };
  for (const [what, reply, body] of table) {
    it(`${what}: ${statuses[what]} ${body}`, () => {
      expect(reply.status).to.equal(statuses[what]);
      expect(JSON.stringify(reply.body)).to.equal(body);
    });
  }
});

describe('marathon wire: deployments', () => {
  const plan: DeploymentPlan = {
    id: 'd-1',
    version: '2024-05-01T12:00:00.000Z',
    original: {},
    target: {},
    affectedApps: ['/db', '/web'],
    steps: [
      { actions: [{ action: 'StartApplication', app: '/db' }, { action: 'StartApplication', app: '/web' }] },
      { actions: [{ action: 'ScaleApplication', app: '/db' }] },
      { actions: [{ action: 'ScaleApplication', app: '/web' }] },
    ],
  };

  it('serves a plan with its progress as Marathon\'s deployment object', () => {
    const json = deploymentJson(plan, {
      currentStep: 3,
      currentActions: [{ action: 'ScaleApplication', app: '/web',
        readinessCheckResults: [{ name: 'readinessCheck', taskId: 'web.instance-1._app.1', ready: true }] }],
    });
    expect(json).to.deep.equal({
      id: 'd-1',
      version: '2024-05-01T12:00:00.000Z',
      affectedApps: ['/db', '/web'],
      affectedPods: [],
      steps: [
        { actions: [{ action: 'StartApplication', app: '/db' }, { action: 'StartApplication', app: '/web' }] },
        { actions: [{ action: 'ScaleApplication', app: '/db' }] },
        { actions: [{ action: 'ScaleApplication', app: '/web' }] },
      ],
      currentActions: [{ action: 'ScaleApplication', app: '/web',
        readinessCheckResults: [{ name: 'readinessCheck', taskId: 'web.instance-1._app.1', ready: true }] }],
      currentStep: 3,
      totalSteps: 3,
    });
    expect(Object.keys(json).filter((k) => !DEPLOYMENT_KEYS.has(k))).to.deep.equal([]);
  });

  it('gives {deploymentId, version} as the result of a change', () => {
    expect(deploymentResultJson('d-1', '2024-05-01T12:00:00.000Z')).to.deep.equal({ deploymentId: 'd-1', version: '2024-05-01T12:00:00.000Z' });
  });
});
