// Which waiting instances go on which offers (pure): instances in queue order, each offer filled up to
// maxInstancesPerOffer from what earlier placements on it left, constraints checked against where the app's instances
// run (including the ones placed a moment ago). The caller writes the launched instances, then sends the launches.
import { subtractResources } from '../../sdk/index.js';
import type { Offer, TaskSpec } from '../../sdk/index.js';
import type { AppDefinition } from '../app-definition/index.js';
import { configVersion } from '../deployments/action-progress.js';
import type { Instance } from '../model/index.js';
import { buildTaskSpec, matchOffer, taskIdFor, type NoMatchReason, type PickIndex, type PlacedInstance } from '../placement/index.js';

export interface PlannedLaunch {
  /** The instance as it will be stored: provisioned, with its new task id, agent and host ports. */
  readonly instance: Instance;
  readonly spec: TaskSpec;
}

export interface OfferMatching {
  readonly launches: ReadonlyArray<{ readonly offer: Offer; readonly planned: readonly PlannedLaunch[] }>;
  /** Offers nothing went on. */
  readonly unused: readonly string[];
  readonly rejections: ReadonlyArray<{ readonly appId: string; readonly reasons: readonly NoMatchReason[] }>;
  /** Instances still waiting after these offers. */
  readonly stillWaiting: number;
}

export interface OfferMatchingInput {
  readonly offers: readonly Offer[];
  /** Launchable instances, oldest first. */
  readonly waiting: readonly Instance[];
  readonly app: (appId: string) => AppDefinition | undefined;
  /** Where each app's live instances run; not changed. */
  readonly placedByApp: ReadonlyMap<string, readonly PlacedInstance[]>;
  readonly maxInstancesPerOffer: number;
  readonly nowIso: string;
  readonly pickPort?: PickIndex;
}

export function matchOffers(input: OfferMatchingInput): OfferMatching {
  const queue = [...input.waiting];
  const placedByApp = new Map<string, PlacedInstance[]>([...input.placedByApp].map(([appId, placed]) => [appId, [...placed]]));
  const launches: Array<{ offer: Offer; planned: PlannedLaunch[] }> = [];
  const unused: string[] = [];
  const rejections: Array<{ appId: string; reasons: NoMatchReason[] }> = [];
  for (const offer of input.offers) {
    let remaining = offer.resources;
    const planned: PlannedLaunch[] = [];
    // An app whose instance did not fit this offer is not tried again on it: its next instance would not fit either.
    const rejected = new Set<string>();
    for (let i = 0; i < queue.length && planned.length < input.maxInstancesPerOffer;) {
      const instance = queue[i];
      const app = instance === undefined ? undefined : input.app(instance.appId);
      if (instance === undefined || app === undefined || rejected.has(instance.appId)) {
        i++;
        continue;
      }
      const placed = placedByApp.get(app.id) ?? [];
      const target = { agentId: offer.agentId, hostname: offer.hostname, role: offer.role, resources: remaining, attributes: offer.attributes };
      const match = matchOffer(app, target, placed, input.pickPort);
      if (!match.ok) {
        rejections.push({ appId: app.id, reasons: match.reasons });
        rejected.add(app.id);
        i++;
        continue;
      }
      remaining = subtractResources(remaining, match.resources);
      placed.push({ hostname: offer.hostname, attributes: offer.attributes });
      placedByApp.set(app.id, placed);
      const incarnation = instance.incarnation + 1;
      const taskId = taskIdFor(instance.instanceId, incarnation);
      planned.push({
        instance: {
          instanceId: instance.instanceId,
          appId: instance.appId,
          appVersion: configVersion(app),
          goal: instance.goal,
          incarnation,
          condition: 'provisioned',
          conditionSince: input.nowIso,
          stagedAt: input.nowIso,
          taskId,
          agent: { agentId: offer.agentId, hostname: offer.hostname, attributes: offer.attributes, ...addressOf(offer) },
          hostPorts: match.hostPorts,
        },
        spec: buildTaskSpec(app, { taskId, hostname: offer.hostname, hostPorts: match.hostPorts, resources: match.resources }),
      });
      queue.splice(i, 1);
    }
    if (planned.length === 0) unused.push(offer.id);
    else launches.push({ offer, planned });
  }
  return { launches, unused, rejections, stillWaiting: queue.length };
}

/** The host of the offer's agent URL, when it differs from the host name (agents may advertise an IP). */
function addressOf(offer: Offer): { address?: string } {
  try {
    const host = new URL(offer.url).hostname;
    return host === '' || host === offer.hostname ? {} : { address: host };
  } catch {
    return {};
  }
}
