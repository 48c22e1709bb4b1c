// Marathon's event stream: the event objects (exact wire fields), the in-process bus, and GET /v2/events (SSE).
// See shared/reference/marathon.md §10 and §12.1–2.
export { MARATHON_EVENT_TYPES, DEPLOYMENT_EVENT_TYPES } from './types.js';
export type * from './types.js';
export { toEventTimestamp } from './timestamp.js';
export {
  marathonEvent, marathonConditionName, instanceChangedEvent, instanceHealthChangedEvent, eventStreamAttached,
  eventStreamDetached, deploymentInfoEvent, deploymentStepSuccessEvent, deploymentStepFailureEvent,
  deploymentSuccessEvent, deploymentFailedEvent,
} from './constructors.js';
export { planJson, lightPlanJson, rootGroup, stepJson } from './plan-json.js';
export { MarathonEventBus, type MarathonEventListener, type MarathonEventBusOptions } from './bus.js';
export { sseFrame, toLightEvent, KEEP_ALIVE_FRAME, type PlanFormat } from './sse-frame.js';
export {
  registerEventStream, acceptsEventStream, DEFAULT_EVENTS_PATH, DEFAULT_KEEP_ALIVE_MS, DEFAULT_MAX_QUEUED_FRAMES,
  type EventStreamOptions,
} from './event-stream.js';
