// The test harness for framework authors: a scripted master on any Bus.
export { FakeMaster, type FakeMasterOptions, type CallTypeName, type Acknowledgement } from './fake-master.js';
export type { FakeOfferSpec, FakeUpdateSpec } from './fake-events.js';
export type { RefusedLaunch } from './fake-accept.js';
export { nextEvent } from './next-event.js';
