import { expect } from 'chai';
import { safePath, tasksText } from '../../../frameworks/marathon/wire/index.js';
import { app, instance } from './fixtures.js';

const agent = (hostname: string): { agentId: string; hostname: string; attributes: Record<string, never> } =>
  ({ agentId: hostname, hostname, attributes: {} });

describe('marathon wire: tasksText', () => {
  it('writes one line per service port with host:port of each running task, tab separated', () => {
    const web = app({ id: '/prod/web', cmd: 'x', portDefinitions: [{ port: 10000 }, { port: 10001 }] });
    const instances = [
      instance({ instanceId: 'a', agent: agent('h1'), hostPorts: [31000, 31001] }),
      instance({ instanceId: 'b', agent: agent('h2'), hostPorts: [32000, 32001] }),
      instance({ instanceId: 'c', agent: agent('h3'), hostPorts: [33000, 33001], condition: 'staging' }),
    ];
    expect(tasksText([{ app: web, instances }])).to.equal(
      'prod_web\t10000\th1:31000\th2:32000\t\n'
      + 'prod_web\t10001\th1:31001\th2:32001\t\n',
    );
  });

  it('writes the hosts separated by spaces for an app without service ports', () => {
    const worker = app({ id: '/worker', cmd: 'x', portDefinitions: [] });
    const instances = [instance({ instanceId: 'a', agent: agent('h1'), hostPorts: [] }), instance({ instanceId: 'b', agent: agent('h2') })];
    expect(tasksText([{ app: worker, instances }])).to.equal('worker\t \th1 h2 \n');
    expect(tasksText([{ app: worker, instances: [] }])).to.equal('worker\t \t\n');
  });

  it('prints port 0 when a task lacks the host port, and lists apps in the order given', () => {
    const a = app({ id: '/a', cmd: 'x', portDefinitions: [{ port: 10005 }, { port: 10006 }] });
    const b = app({ id: '/b', cmd: 'x', networks: [{ mode: 'container/bridge' }], container: { docker: { image: 'i' },
      portMappings: [{ containerPort: 80, servicePort: 10080 }] } });
    const text = tasksText([
      { app: b, instances: [instance({ instanceId: 'x', agent: agent('h9'), hostPorts: [31080] })] },
      { app: a, instances: [instance({ instanceId: 'y', agent: agent('h8'), hostPorts: [31005] })] },
    ]);
    expect(text).to.equal('b\t10080\th9:31080\t\na\t10005\th8:31005\t\na\t10006\th8:0\t\n');
  });

  it('writes nothing for no apps, and names apps by their path joined with _', () => {
    expect(tasksText([])).to.equal('');
    expect(safePath('/a/b/c')).to.equal('a_b_c');
    expect(safePath('/solo')).to.equal('solo');
  });
});
