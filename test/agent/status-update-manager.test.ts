import { expect } from 'chai';
import { ManualClock } from '../../shared/clock/index.js';
import { newUuidBytes, uuidBytesToString } from '../../shared/ids/index.js';
import { v1, type pb } from '../../shared/protocol/index.js';
import { StatusUpdateManager, type StatusUpdate } from '../../agent/index.js';

const State = v1.TaskState;

function status(taskId: string, state: pb.TaskState): pb.TaskStatus.$Properties {
  return { taskId: { value: taskId }, state, uuid: newUuidBytes() };
}

function setup(options: { paused?: boolean } = {}) {
  const clock = new ManualClock(0);
  const sent: { atMs: number; update: StatusUpdate }[] = [];
  const closed: string[] = [];
  const manager = new StatusUpdateManager({
    clock,
    backoff: { initialMs: 100, maxMs: 400 },
    send: (update) => sent.push({ atMs: clock.now(), update }),
    onStreamClosed: (frameworkId, taskId) => closed.push(`${frameworkId}/${taskId}`),
    ...(options.paused === undefined ? {} : { paused: options.paused }),
  });
  const states = (): string[] => sent.map(({ update }) =>
    `${update.status.taskId?.value}:${v1.TaskState[update.status.state ?? 0]}`);
  const ack = (update: StatusUpdate) =>
    manager.acknowledge(update.frameworkId, update.status.taskId?.value ?? '', update.status.uuid ?? new Uint8Array());
  return { clock, sent, closed, manager, states, ack };
}

describe('agent status-update manager', () => {
  it('resends the head with doubling backoff up to the maximum until it is acknowledged', () => {
    const { clock, sent, manager, ack } = setup();
    const starting = { frameworkId: 'f', status: status('t1', State.TASK_STARTING) };
    expect(manager.update(starting)).to.equal('sent');
    clock.advance(2000);
    expect(sent.map((entry) => entry.atMs)).to.deep.equal([0, 100, 300, 700, 1100, 1500, 1900]);
    expect(sent.every((entry) => entry.update === starting)).to.be.true;
    expect(ack(starting)).to.equal('acknowledged');
    clock.advance(5000);
    expect(sent).to.have.length(7);
    expect(clock.pendingTimers).to.equal(0);
  });

  it('keeps one task in order: the next update goes only after the head is acknowledged', () => {
    const { clock, manager, states, ack, sent } = setup();
    const updates = [State.TASK_STARTING, State.TASK_RUNNING, State.TASK_FINISHED]
      .map((state) => ({ frameworkId: 'f', status: status('t1', state) }));
    expect(updates.map((update) => manager.update(update))).to.deep.equal(['sent', 'queued', 'queued']);
    clock.advance(150);
    expect(states()).to.deep.equal(['t1:TASK_STARTING', 't1:TASK_STARTING']);
    ack(updates[0]!);
    expect(states().slice(2)).to.deep.equal(['t1:TASK_RUNNING']);
    ack(updates[1]!);
    expect(states().slice(3)).to.deep.equal(['t1:TASK_FINISHED']);
    expect(sent[3]!.atMs).to.equal(150);
  });

  it('runs streams of different tasks independently', () => {
    const { manager, states } = setup();
    manager.update({ frameworkId: 'f', status: status('a', State.TASK_STARTING) });
    manager.update({ frameworkId: 'f', status: status('b', State.TASK_STARTING) });
    manager.update({ frameworkId: 'g', status: status('a', State.TASK_STARTING) });
    expect(states()).to.deep.equal(['a:TASK_STARTING', 'b:TASK_STARTING', 'a:TASK_STARTING']);
    expect(manager.streamCount).to.equal(3);
  });

  it('ignores duplicate acknowledgements and unknown uuids', () => {
    const { manager, ack, states } = setup();
    const starting = { frameworkId: 'f', status: status('t1', State.TASK_STARTING) };
    const running = { frameworkId: 'f', status: status('t1', State.TASK_RUNNING) };
    manager.update(starting);
    manager.update(running);
    expect(manager.acknowledge('f', 't1', newUuidBytes())).to.equal('unexpected-uuid');
    expect(ack(running)).to.equal('unexpected-uuid'); // not in flight yet
    expect(ack(starting)).to.equal('acknowledged');
    expect(ack(starting)).to.equal('duplicate');
    expect(manager.acknowledge('f', 'nope', newUuidBytes())).to.equal('unknown-stream');
    expect(states()).to.deep.equal(['t1:TASK_STARTING', 't1:TASK_RUNNING']);
    expect(manager.pending('f', 't1').map((update) => update.status.state)).to.deep.equal([State.TASK_RUNNING]);
  });

  it('drops an update whose uuid is already queued or acknowledged (an executor resending after a restart)', () => {
    const { manager, ack, states } = setup();
    const running = { frameworkId: 'f', status: status('t1', State.TASK_RUNNING) };
    expect(manager.update(running)).to.equal('sent');
    expect(manager.update({ ...running, status: { ...running.status } })).to.equal('duplicate');
    expect(ack(running)).to.equal('acknowledged');
    expect(manager.update({ ...running, status: { ...running.status } })).to.equal('duplicate');
    const killed = { frameworkId: 'f', status: status('t1', State.TASK_KILLED) };
    expect(manager.update(killed)).to.equal('sent');
    expect(states()).to.deep.equal(['t1:TASK_RUNNING', 't1:TASK_KILLED']);
  });

  it('removes the stream once the final update is acknowledged, and drops anything after a final update', () => {
    const { clock, manager, ack, closed } = setup();
    const finished = { frameworkId: 'f', status: status('t1', State.TASK_FINISHED) };
    manager.update(finished);
    expect(manager.update({ frameworkId: 'f', status: status('t1', State.TASK_RUNNING) })).to.equal('dropped-after-final');
    expect(closed).to.deep.equal([]);
    expect(ack(finished)).to.equal('acknowledged');
    expect(closed).to.deep.equal(['f/t1']);
    expect(manager.streamCount).to.equal(0);
    expect(ack(finished)).to.equal('unknown-stream');
    expect(clock.pendingTimers).to.equal(0);
  });

  it('treats TASK_LOST (a task the agent does not have) as the end of a stream', () => {
    const { manager, ack, closed } = setup();
    const lost = { frameworkId: 'f', status: status('ghost', State.TASK_LOST) };
    manager.update(lost);
    ack(lost);
    expect(closed).to.deep.equal(['f/ghost']);
  });

  it('sends nothing while paused and resends every head at once on resume, from the initial backoff', () => {
    const { clock, sent, manager, states } = setup({ paused: true });
    manager.update({ frameworkId: 'f', status: status('a', State.TASK_STARTING) });
    manager.update({ frameworkId: 'f', status: status('a', State.TASK_RUNNING) });
    manager.update({ frameworkId: 'f', status: status('b', State.TASK_FAILED) });
    clock.advance(1000);
    expect(sent).to.have.length(0);
    manager.resume();
    expect(states()).to.deep.equal(['a:TASK_STARTING', 'b:TASK_FAILED']);
    clock.advance(250); // well into the backoff: one resend each at +100
    expect(sent.map((entry) => entry.atMs)).to.deep.equal([1000, 1000, 1100, 1100]);
    manager.pause();
    clock.advance(10_000);
    expect(sent).to.have.length(4);
    manager.resume();
    expect(sent).to.have.length(6);
    expect(sent.slice(4).map((entry) => entry.atMs)).to.deep.equal([11_250, 11_250]);
  });

  it('drops a framework\'s streams and everything on clear(), and sends nothing after stop()', () => {
    const { clock, sent, manager } = setup();
    manager.update({ frameworkId: 'f', status: status('a', State.TASK_RUNNING) });
    manager.update({ frameworkId: 'g', status: status('b', State.TASK_RUNNING) });
    manager.removeFramework('f');
    expect(manager.streamCount).to.equal(1);
    clock.advance(100);
    expect(sent.map((entry) => entry.update.frameworkId)).to.deep.equal(['f', 'g', 'g']);
    manager.stop();
    manager.resume();
    clock.advance(10_000);
    expect(sent).to.have.length(3);
    manager.clear();
    expect(manager.streamCount).to.equal(0);
  });

  it('matches acknowledgements by uuid bytes, not by object identity', () => {
    const { manager, ack } = setup();
    const update = { frameworkId: 'f', status: status('t', State.TASK_RUNNING) };
    manager.update(update);
    const copy = Uint8Array.from(Buffer.from(uuidBytesToString(update.status.uuid!), 'hex'));
    expect(manager.acknowledge('f', 't', copy)).to.equal('acknowledged');
    expect(ack(update)).to.equal('duplicate');
  });
});
