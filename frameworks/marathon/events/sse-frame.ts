// Server-sent-event frames: `event: <eventType>` (listeners bind by type), `data: <one-line JSON>` (clients that read
// only data see `eventType` and `timestamp` in it), then a blank line. Each event is serialized once per plan format,
// however many streams it goes to; events are immutable once published, so the cache is keyed by the object.
import { lightPlanJson } from './plan-json.js';
import type { LightMarathonEvent, MarathonEvent } from './types.js';

/** `full`: deployment events carry Marathon's heavy plan; `light`: `?plan-format=light`. */
export type PlanFormat = 'full' | 'light';

/** A comment frame: ignored by SSE clients, it keeps proxies and idle timers from closing a quiet stream. */
export const KEEP_ALIVE_FRAME = ':\n\n';

const frames: Record<PlanFormat, WeakMap<MarathonEvent, string>> = { full: new WeakMap(), light: new WeakMap() };

/** The event as `?plan-format=light` sends it: deployment events lose the plan's `original` and `target`. */
export function toLightEvent(event: MarathonEvent): LightMarathonEvent {
  return 'plan' in event ? { ...event, plan: lightPlanJson(event.plan) } : event;
}

export function sseFrame(event: MarathonEvent, format: PlanFormat): string {
  const cached = frames[format].get(event);
  if (cached !== undefined) return cached;
  // JSON.stringify without indentation escapes every CR and LF inside strings, so the data is one line.
  const data = JSON.stringify(format === 'light' ? toLightEvent(event) : event);
  const frame = `event: ${event.eventType}\ndata: ${data}\n\n`;
  frames[format].set(event, frame);
  return frame;
}
