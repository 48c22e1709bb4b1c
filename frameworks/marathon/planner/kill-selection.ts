// Which instances go first when some must be killed (scale-down, rolling restart). Reference §5; Marathon's
// ScalingProposition: kill what serves nothing before what serves, and the unhealthy before the healthy.
import type { KillSelection } from '../app-definition/index.js';
import type { Instance, InstanceCondition } from '../model/index.js';

/**
 * Rank of a condition: lower goes first. Instances not (yet) running: no task yet, then unreachable ones (they may
 * come back, #3924), then staging, then starting — Marathon's order. Anything else not running (killing, terminal)
 * serves nothing either and ranks with the first.
 */
const NOT_RUNNING_RANK: Readonly<Partial<Record<InstanceCondition, number>>> = {
  scheduled: 0, provisioned: 0,
  unreachable: 1, unreachable_inactive: 1, unknown: 1,
  staging: 2,
  starting: 3,
};
const UNHEALTHY_RANK = 4;
const HEALTHY_RANK = 5;

function rank(instance: Instance): number {
  if (instance.condition !== 'running') return NOT_RUNNING_RANK[instance.condition] ?? 0;
  // Health unknown (no checks, or no result yet) counts as healthy, like Marathon's consideredHealthy.
  return instance.healthy === false ? UNHEALTHY_RANK : HEALTHY_RANK;
}

/** When the instance started, or else was staged, or else entered its condition; NaN when unknown. */
function since(instance: Instance): number {
  return Date.parse(instance.startedAt ?? instance.stagedAt ?? instance.conditionSince);
}

/**
 * The `count` instances to kill first, in kill order: not running before unhealthy before healthy; within a rank by
 * start time (YOUNGEST_FIRST: most recently started first; OLDEST_FIRST: longest running first), an instance without
 * a known time first; ties by instanceId. Pass only candidates (e.g. instances with goal running).
 */
export function selectForKill(instances: readonly Instance[], count: number, killSelection: KillSelection): Instance[] {
  if (count <= 0) return [];
  const direction = killSelection === 'YOUNGEST_FIRST' ? -1 : 1;
  const keyed = instances.map((instance) => ({ instance, rank: rank(instance), since: since(instance) }));
  keyed.sort((a, b) => {
    if (a.rank !== b.rank) return a.rank - b.rank;
    const aKnown = !Number.isNaN(a.since);
    const bKnown = !Number.isNaN(b.since);
    if (aKnown !== bKnown) return aKnown ? 1 : -1;
    if (aKnown && a.since !== b.since) return direction * (a.since - b.since);
    return a.instance.instanceId < b.instance.instanceId ? -1 : a.instance.instanceId > b.instance.instanceId ? 1 : 0;
  });
  return keyed.slice(0, count).map((k) => k.instance);
}
