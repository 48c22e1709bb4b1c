// Conversions between the model and drover.v1.Resource. The proto `role` carries the innermost reservation role
// ('*' when unreserved) and `reservations` the full stack, outermost first. DiskInfo has no place in the model yet
// and is dropped.
import { v1, type pb } from '../protocol/index.js';
import type { Reservation, Resource, Resources } from './types.js';
import { decodeResourceList, type WireDialect } from './wire-decode.js';

const VALUE_TYPES = {
  [v1.ValueType.SCALAR]: 'scalar',
  [v1.ValueType.RANGES]: 'ranges',
  [v1.ValueType.SET]: 'set',
} as const;

const RESERVATION_TYPES = {
  [v1.Resource.ReservationInfo.Type.STATIC]: 'static',
  [v1.Resource.ReservationInfo.Type.DYNAMIC]: 'dynamic',
} as const;

/** Enum values arrive as numbers from decode, but as names from fromObject-style plain objects. */
function enumNumber(raw: unknown, names: Readonly<Record<string, number>>): number | undefined {
  if (typeof raw === 'number') return raw;
  if (typeof raw === 'string' && Object.hasOwn(names, raw)) return names[raw];
  return undefined;
}

const PROTO_DIALECT: WireDialect = {
  valueTypes: 'SCALAR, RANGES or SET',
  valueType: (raw) => {
    const type = enumNumber(raw, v1.ValueType as unknown as Record<string, number>);
    return type === undefined ? undefined : (VALUE_TYPES as Partial<Record<number, 'scalar' | 'ranges' | 'set'>>)[type];
  },
  reservationTypes: 'STATIC or DYNAMIC',
  reservationType: (raw) => {
    const type = enumNumber(raw, v1.Resource.ReservationInfo.Type as unknown as Record<string, number>);
    return type === undefined ? undefined : (RESERVATION_TYPES as Partial<Record<number, 'static' | 'dynamic'>>)[type];
  },
  protoDefaults: true,
};

/** Decodes drover.v1.Resource objects (null/undefined: empty). Throws RESOURCE_PARSE naming the field path. */
export function resourcesFromProto(list: readonly pb.Resource.$Properties[] | null | undefined): Resources {
  return decodeResourceList(list ?? [], 'resources', PROTO_DIALECT);
}

function reservationToProto(reservation: Reservation): pb.Resource.ReservationInfo.$Properties {
  const out: pb.Resource.ReservationInfo.$Properties = {
    type:
      reservation.type === 'static'
        ? v1.Resource.ReservationInfo.Type.STATIC
        : v1.Resource.ReservationInfo.Type.DYNAMIC,
    role: reservation.role,
  };
  if (reservation.principal !== undefined) out.principal = reservation.principal;
  if (reservation.labels !== undefined) {
    out.labels = { labels: Object.entries(reservation.labels).map(([key, value]) => ({ key, value })) };
  }
  return out;
}

function resourceToProto(resource: Resource): pb.Resource.$Properties {
  const value = resource.value;
  const out: pb.Resource.$Properties = { name: resource.name, role: resource.role };
  if (value.type === 'scalar') {
    out.type = v1.ValueType.SCALAR;
    out.scalar = { value: value.value };
  } else if (value.type === 'ranges') {
    out.type = v1.ValueType.RANGES;
    out.ranges = { range: value.ranges.map(({ begin, end }) => ({ begin, end })) };
  } else {
    out.type = v1.ValueType.SET;
    out.set = { item: [...value.items] };
  }
  if (resource.reservations.length > 0) out.reservations = resource.reservations.map(reservationToProto);
  return out;
}

export function resourcesToProto(resources: Resources): pb.Resource.$Properties[] {
  return resources.map(resourceToProto);
}
