import type { pb } from '../../../shared/protocol/index.js';
import { resourcesFromProto, type Resources } from '../../../shared/resources/index.js';
import { attributesToRecord, type AttributeValue } from './attributes.js';

/** An offer as a plain object. `raw` is the message as it came off the wire. */
export interface Offer {
  readonly id: string;
  readonly frameworkId: string;
  readonly agentId: string;
  readonly hostname: string;
  readonly resources: Resources;
  readonly attributes: Readonly<Record<string, AttributeValue>>;
  /** The role these resources are allocated to ('*' when the master names none). */
  readonly role: string;
  readonly url: string;
  readonly raw: pb.Offer.$Properties;
}

export function offerFromProto(offer: pb.Offer.$Properties): Offer {
  const role = offer.allocationRole ?? '';
  return {
    id: offer.id?.value ?? '',
    frameworkId: offer.frameworkId?.value ?? '',
    agentId: offer.agentId?.value ?? '',
    hostname: offer.hostname ?? '',
    resources: resourcesFromProto(offer.resources ?? []),
    attributes: attributesToRecord(offer.attributes),
    role: role === '' ? '*' : role,
    url: offer.url ?? '',
    raw: offer,
  };
}
