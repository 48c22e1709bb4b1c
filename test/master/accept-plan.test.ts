import { expect } from 'chai';
import { v1, type pb } from '../../shared/protocol/index.js';
import { formatResources, parseResources, resourcesToProto } from '../../shared/resources/index.js';
import { planAccept } from '../../master/accept-plan.js';

const offered = parseResources('cpus:4;mem:1024;disk:100;ports:[31000-31010]');
const REASON = v1.TaskStatus.Reason;

function task(id: string, resources: string, extra: Partial<pb.TaskInfo.$Properties> = {}): pb.TaskInfo.$Properties {
  return { taskId: { value: id }, name: id, resources: resourcesToProto(parseResources(resources)), command: { value: 'true' }, ...extra };
}

function launch(...tasks: pb.TaskInfo.$Properties[]): pb.Offer.Operation.$Properties {
  return { type: v1.Offer.Operation.Type.LAUNCH, launch: { taskInfos: tasks } };
}

describe('ACCEPT planning', function () {
  const plan = (operations: pb.Offer.Operation.$Properties[], inUse: string[] = []) =>
    planAccept({ agentId: 'agent-1', offered, operations, isTaskIdInUse: (id) => inUse.includes(id) });

  it('launches tasks that fit and returns the rest of the offer', function () {
    const result = plan([launch(task('a', 'cpus:1;mem:128'), task('b', 'cpus:2;mem:256;ports:[31000-31001]'))]);
    expect(result.launches.map((launch) => launch.task.taskId?.value)).to.deep.equal(['a', 'b']);
    expect(result.refused).to.deep.equal([]);
    expect(formatResources(result.remaining)).to.equal('cpus:1;disk:100;mem:640;ports:[31002-31010]');
  });

  it('refuses a task whose resources exceed what is left, naming both', function () {
    const result = plan([launch(task('big', 'cpus:3'), task('too-big', 'cpus:2'))]);
    expect(result.launches).to.have.length(1);
    expect(result.refused).to.have.length(1);
    expect(result.refused[0]?.reason).to.equal(REASON.REASON_TASK_INVALID);
    expect(result.refused[0]?.message).to.contain("task 'too-big' uses more resources than offered").and.contain('cpus:2');
  });

  for (const [id, why] of [['../x', "must not contain '/'"], ['..', "must not be '..'"], ['', 'must not be empty'], ['a\\b', "must not contain '\\'"], ['a\u0001', 'control characters']] as const) {
    it(`refuses the task id ${JSON.stringify(id)} (${why})`, function () {
      const result = plan([launch(task(id, 'cpus:1'))]);
      expect(result.launches).to.deep.equal([]);
      expect(result.refused[0]?.message).to.contain(why);
      expect(formatResources(result.remaining)).to.equal(formatResources(offered));
    });
  }

  it('refuses duplicate ids within one ACCEPT and ids of active tasks', function () {
    const result = plan([launch(task('same', 'cpus:1'), task('same', 'cpus:1'), task('running', 'cpus:1'))], ['running']);
    expect(result.launches).to.have.length(1);
    expect(result.refused.map((refused) => refused.message)).to.satisfy((messages: string[]) =>
      messages[0]?.includes('used twice') === true && messages[1]?.includes('already used by an active task') === true);
  });

  it('refuses a task without resources, without a command, or naming another agent', function () {
    const result = plan([launch(
      { taskId: { value: 'no-resources' }, command: { value: 'true' } },
      { ...task('no-command', 'cpus:1'), command: null },
      task('elsewhere', 'cpus:1', { agentId: { value: 'agent-2' } }),
    )]);
    expect(result.refused.map((refused) => refused.message)).to.deep.equal([
      "task 'no-resources' uses no resources",
      "task 'no-command' has no command, container image or executor",
      "task 'elsewhere' names agent 'agent-2' but the offers are for agent 'agent-1'",
    ]);
  });

  it('refuses a whole task group when one of its tasks is invalid', function () {
    const result = plan([{
      type: v1.Offer.Operation.Type.LAUNCH_GROUP,
      launchGroup: { taskGroup: [task('g1', 'cpus:1'), task('g2', 'cpus:9')] },
    }]);
    expect(result.launches).to.deep.equal([]);
    expect(result.refused.map((refused) => refused.reason)).to.deep.equal([REASON.REASON_TASK_GROUP_INVALID, REASON.REASON_TASK_GROUP_INVALID]);
  });

  it('applies RESERVE before a later LAUNCH that uses the reserved resources', function () {
    const reserved = parseResources('cpus:2').map((resource) => ({ ...resource, role: 'ops', reservations: [{ type: 'dynamic' as const, role: 'ops' }] }));
    const result = plan([
      { type: v1.Offer.Operation.Type.RESERVE, reserve: { resources: resourcesToProto(reserved) } },
      launch({ ...task('on-reserved', 'cpus:1'), resources: resourcesToProto([{ ...reserved[0]!, value: { type: 'scalar', value: 1 } }]) }),
    ]);
    expect(result.operationErrors).to.deep.equal([]);
    expect(result.launches).to.have.length(1);
    expect(formatResources(result.removed)).to.equal('cpus:2');
    expect(formatResources(result.added)).to.contain('cpus(ops');
  });

  it('drops an unsupported operation with a message and keeps the resources', function () {
    const result = plan([{ type: v1.Offer.Operation.Type.CREATE, create: { volumes: [] } }]);
    expect(result.operationErrors[0]).to.contain('CREATE is not supported');
    expect(formatResources(result.remaining)).to.equal(formatResources(offered));
  });
});
