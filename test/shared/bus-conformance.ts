// One suite every Bus implementation passes (STYLE.md habit 5). `makeBuses` returns two connections to the same
// network, as two processes would have. No sleeps: "nothing else arrived" is checked after settle(), which waits
// until everything published so far has been delivered on both connections.
import { expect } from 'chai';
import { isDroverError, type ErrorCode } from '../../shared/errors/index.js';
import type { Bus, BusMessage } from '../../shared/bus/index.js';

export interface BusPair {
  readonly a: Bus;
  readonly b: Bus;
  readonly cleanup: () => Promise<void>;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const text = (value: string): Uint8Array => encoder.encode(value);
const str = (data: Uint8Array): string => decoder.decode(data);

/** Subscribes and resolves `done` once `count` messages have arrived. */
function collect(bus: Bus, subject: string, count: number, queue?: string): { messages: BusMessage[]; done: Promise<void> } {
  const messages: BusMessage[] = [];
  let resolveDone: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    resolveDone = resolve;
  });
  if (count === 0) resolveDone();
  bus.subscribe(
    subject,
    (message) => {
      messages.push(message);
      if (messages.length === count) resolveDone();
    },
    queue === undefined ? {} : { queue },
  );
  return { messages, done };
}

async function expectCode(promise: Promise<unknown>, code: ErrorCode): Promise<void> {
  try {
    await promise;
  } catch (error) {
    expect(isDroverError(error, code), `expected ${code}, got ${String(error)}`).to.equal(true);
    return;
  }
  expect.fail(`expected a ${code} rejection`);
}

function expectThrowsCode(action: () => unknown, code: ErrorCode): void {
  try {
    action();
  } catch (error) {
    expect(isDroverError(error, code), `expected ${code}, got ${String(error)}`).to.equal(true);
    return;
  }
  expect.fail(`expected a ${code} throw`);
}

export function runBusConformance(name: string, makeBuses: () => Promise<BusPair>): void {
  describe(`Bus conformance: ${name}`, function () {
    this.timeout(10_000);
    let a: Bus;
    let b: Bus;
    let cleanup: () => Promise<void>;

    beforeEach(async function () {
      ({ a, b, cleanup } = await makeBuses());
    });

    afterEach(async function () {
      await cleanup();
    });

    /** Everything published so far (by either side) has been delivered to both sides. */
    async function settle(): Promise<void> {
      await a.flush();
      await b.flush();
      await a.flush();
    }

    it('delivers a published message to a subscriber on another connection, bytes intact', async function () {
      const received = collect(b, 'conf.hello', 2);
      await b.flush();
      a.publish('conf.hello', text('hi'));
      a.publish('conf.hello', new Uint8Array(0));
      await received.done;
      expect(received.messages.map((message) => str(message.data))).to.deep.equal(['hi', '']);
      expect(received.messages[0]?.subject).to.equal('conf.hello');
      expect(received.messages[0]?.reply).to.equal(undefined);
    });

    it('matches `*` to exactly one token and `>` to one or more trailing tokens', async function () {
      const one = collect(b, 'conf.w.*', 2);
      const rest = collect(b, 'conf.w.>', 4);
      const middle = collect(b, 'conf.*.x', 1);
      await b.flush();
      for (const subject of ['conf.w', 'conf.w.a', 'conf.w.a.b', 'conf.w.x', 'conf.wx.a', 'conf.w.a.b.c']) {
        a.publish(subject, text(subject));
      }
      await Promise.all([one.done, rest.done, middle.done]);
      await settle();
      expect(one.messages.map((message) => message.subject)).to.deep.equal(['conf.w.a', 'conf.w.x']);
      expect(rest.messages.map((message) => message.subject)).to.deep.equal([
        'conf.w.a',
        'conf.w.a.b',
        'conf.w.x',
        'conf.w.a.b.c',
      ]);
      expect(middle.messages.map((message) => message.subject)).to.deep.equal(['conf.w.x']);
    });

    it('gives each message to exactly one member of a queue group, and to every plain subscriber', async function () {
      const total = 300;
      const members = [
        collect(a, 'conf.work', -1, 'workers'),
        collect(b, 'conf.work', -1, 'workers'),
        collect(b, 'conf.work', -1, 'workers'),
      ];
      const otherGroup = collect(b, 'conf.work', total, 'auditors');
      const plain = collect(a, 'conf.work', total);
      await settle();
      for (let index = 0; index < total; index += 1) a.publish('conf.work', text(String(index)));
      await Promise.all([plain.done, otherGroup.done]);
      await settle();
      const seen = members.flatMap((member) => member.messages.map((message) => str(message.data)));
      expect(seen).to.have.length(total);
      expect(new Set(seen).size).to.equal(total);
      for (const member of members) expect(member.messages.length).to.be.greaterThan(0);
      expect(plain.messages).to.have.length(total);
    });

    it('answers a request with the reply, including an empty one', async function () {
      b.subscribe('conf.echo', (message) => message.respond(text(`re:${str(message.data)}`)));
      b.subscribe('conf.empty', (message) => message.respond(new Uint8Array(0)));
      await b.flush();
      expect(str(await a.request('conf.echo', text('ping'), { timeoutMs: 2_000 }))).to.equal('re:ping');
      expect(await a.request('conf.empty', text('x'), { timeoutMs: 2_000 })).to.have.length(0);
    });

    it('resolves a request with the first of several replies', async function () {
      let firstAnswered: () => void = () => undefined;
      const firstSent = new Promise<void>((resolve) => {
        firstAnswered = resolve;
      });
      b.subscribe('conf.many', (message) => {
        message.respond(text('first'));
        firstAnswered();
      });
      a.subscribe('conf.many', (message) => {
        // Answers only once b's answer has reached the server, so b's reply is first.
        void firstSent.then(() => b.flush()).then(() => message.respond(text('second')));
      });
      await settle();
      expect(str(await a.request('conf.many', text(''), { timeoutMs: 2_000 }))).to.equal('first');
      await settle();
    });

    it('correlates 5,000 concurrent requests answered out of order', async function () {
      const total = 5_000;
      const batch = 100;
      let held: BusMessage[] = [];
      b.subscribe('conf.rpc', (message) => {
        held.push(message);
        if (held.length === batch) {
          const answering = held.reverse();
          held = [];
          for (const request of answering) request.respond(text(`answer-${str(request.data)}`));
        }
      });
      await b.flush();
      const replies = await Promise.all(
        Array.from({ length: total }, (_, index) => a.request('conf.rpc', text(String(index)), { timeoutMs: 8_000 })),
      );
      replies.forEach((reply, index) => expect(str(reply)).to.equal(`answer-${index}`));
    });

    it('fails a request nobody listens to with BUS_NO_RESPONDERS, without waiting for the timeout', async function () {
      // The timeout is longer than the test's, so only an immediate answer passes.
      await expectCode(a.request('conf.nobody', text('?'), { timeoutMs: 60_000 }), 'BUS_NO_RESPONDERS');
    });

    it('fails a request nobody answers with BUS_TIMEOUT', async function () {
      const heard = collect(b, 'conf.silent', 1);
      await b.flush();
      await expectCode(a.request('conf.silent', text('?'), { timeoutMs: 200 }), 'BUS_TIMEOUT');
      await heard.done;
    });

    it('keeps 1,000 messages on one subject in publish order', async function () {
      const total = 1_000;
      const received = collect(b, 'conf.order', total);
      await b.flush();
      for (let index = 0; index < total; index += 1) a.publish('conf.order', text(String(index)));
      await received.done;
      expect(received.messages.map((message) => Number(str(message.data)))).to.deep.equal(
        Array.from({ length: total }, (_, index) => index),
      );
    });

    it('stops delivery after unsubscribe, even of messages already on their way', async function () {
      const kept = collect(b, 'conf.unsub', 2);
      const dropped: string[] = [];
      const subscription = b.subscribe('conf.unsub', (message) => dropped.push(str(message.data)));
      expect(subscription.subject).to.equal('conf.unsub');
      await b.flush();
      a.publish('conf.unsub', text('1'));
      await settle();
      subscription.unsubscribe();
      subscription.unsubscribe();
      await b.flush();
      a.publish('conf.unsub', text('2'));
      await kept.done;
      await settle();
      expect(dropped).to.deep.equal(['1']);

      const firstOnly: string[] = [];
      const once = b.subscribe('conf.once', (message) => {
        firstOnly.push(str(message.data));
        once.unsubscribe();
      });
      await b.flush();
      for (let index = 0; index < 10; index += 1) a.publish('conf.once', text(String(index)));
      await settle();
      expect(firstOnly).to.deep.equal(['0']);
    });

    it('never delivers inside publish(), not even to the publishing connection', async function () {
      let publishing = false;
      const insidePublish: boolean[] = [];
      const own = collect(a, 'conf.async', 1);
      const other = collect(b, 'conf.async', 1);
      a.subscribe('conf.async', () => insidePublish.push(publishing));
      b.subscribe('conf.async', () => insidePublish.push(publishing));
      await settle();
      publishing = true;
      a.publish('conf.async', text('x'));
      publishing = false;
      await Promise.all([own.done, other.done]);
      await settle();
      expect(insidePublish).to.deep.equal([false, false]);
    });

    it('makes fresh inboxes that can be subscribed and published to', async function () {
      const inbox = b.newInbox();
      expect(inbox).to.not.equal(b.newInbox());
      expect(inbox).to.not.equal(a.newInbox());
      const received = collect(b, inbox, 1);
      await b.flush();
      a.publish(inbox, text('private'));
      await received.done;
      expect(str(received.messages[0]?.data ?? new Uint8Array())).to.equal('private');
    });

    it('carries a reply subject given to publish, and respond() without one does nothing', async function () {
      const inbox = a.newInbox();
      const answers = collect(a, inbox, 1);
      const asked = collect(b, 'conf.manual', 2);
      await settle();
      a.publish('conf.manual', text('no reply wanted'));
      a.publish('conf.manual', text('reply please'), inbox);
      await asked.done;
      const [plain, withReply] = asked.messages;
      expect(plain?.reply).to.equal(undefined);
      plain?.respond(text('ignored'));
      expect(withReply?.reply).to.equal(inbox);
      withReply?.respond(text('answer'));
      await answers.done;
      await settle();
      expect(answers.messages.map((message) => str(message.data))).to.deep.equal(['answer']);
    });

    it('rejects malformed subjects with INVALID_ARGUMENT', async function () {
      expectThrowsCode(() => a.publish('', text('x')), 'INVALID_ARGUMENT');
      expectThrowsCode(() => a.publish('a..b', text('x')), 'INVALID_ARGUMENT');
      expectThrowsCode(() => a.publish('a b', text('x')), 'INVALID_ARGUMENT');
      expectThrowsCode(() => a.subscribe('a.>.b', () => undefined), 'INVALID_ARGUMENT');
      expectThrowsCode(() => a.subscribe('a.b*', () => undefined), 'INVALID_ARGUMENT');
      await expectCode(a.request('a.', text('x'), { timeoutMs: 1_000 }), 'INVALID_ARGUMENT');
    });

    it('after close, rejects new work with BUS_CLOSED and fails pending requests; the other side works on', async function () {
      const heard = collect(b, 'conf.hold', 1);
      b.subscribe('conf.alive', (message) => message.respond(text('yes')));
      await b.flush();
      const pending = expectCode(a.request('conf.hold', text('?'), { timeoutMs: 60_000 }), 'BUS_CLOSED');
      await heard.done;
      expect(a.isClosed).to.equal(false);
      await a.close();
      expect(a.isClosed).to.equal(true);
      await pending;
      expectThrowsCode(() => a.publish('conf.hold', text('x')), 'BUS_CLOSED');
      expectThrowsCode(() => a.subscribe('conf.hold', () => undefined), 'BUS_CLOSED');
      await expectCode(a.request('conf.hold', text('x'), { timeoutMs: 1_000 }), 'BUS_CLOSED');
      await expectCode(a.flush(), 'BUS_CLOSED');
      await a.close();
      expect(b.isClosed).to.equal(false);
      const late = collect(b, 'conf.after', 1);
      await b.flush();
      b.publish('conf.after', text('still here'));
      await late.done;
      expect(str(await b.request('conf.alive', text('?'), { timeoutMs: 2_000 }))).to.equal('yes');
    });
  });
}
