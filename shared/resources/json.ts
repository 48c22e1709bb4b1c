// The Mesos JSON form of a Resource list (what `--resources='[...]'` and the /state endpoints use).
import type { Reservation, Resource, Resources } from './types.js';
import { decodeResourceList, type WireDialect } from './wire-decode.js';

export interface ReservationJson {
  type: 'STATIC' | 'DYNAMIC';
  role: string;
  principal?: string;
  labels?: { labels: { key: string; value: string }[] };
}

export interface ResourceJson {
  name: string;
  type: 'SCALAR' | 'RANGES' | 'SET';
  scalar?: { value: number };
  ranges?: { range: { begin: number; end: number }[] };
  set?: { item: string[] };
  /** On input: the legacy static reservation when `reservations` is absent. On output: the innermost role. */
  role?: string;
  reservations?: ReservationJson[];
}

const VALUE_TYPES = { SCALAR: 'scalar', RANGES: 'ranges', SET: 'set' } as const;
const RESERVATION_TYPES = { STATIC: 'static', DYNAMIC: 'dynamic' } as const;

function lookup<T extends Record<string, string>>(table: T, raw: unknown): T[keyof T] | undefined {
  return typeof raw === 'string' && Object.hasOwn(table, raw) ? table[raw as keyof T] : undefined;
}

const JSON_DIALECT: WireDialect = {
  valueTypes: 'one of SCALAR, RANGES, SET',
  valueType: (raw) => lookup(VALUE_TYPES, raw),
  reservationTypes: 'STATIC or DYNAMIC',
  reservationType: (raw) => lookup(RESERVATION_TYPES, raw),
  protoDefaults: false,
};

/** parseResources' JSON branch: entries without a role or reservations take `defaultRole`. */
export function resourcesFromJsonWithDefaultRole(json: unknown, defaultRole: string): Resources {
  return decodeResourceList(json, 'resources', JSON_DIALECT, defaultRole);
}

/** Decodes a Mesos JSON Resource array. Throws RESOURCE_PARSE naming the field path. */
export function resourcesFromJson(json: unknown): Resources {
  return decodeResourceList(json, 'resources', JSON_DIALECT);
}

function reservationToJson(reservation: Reservation): ReservationJson {
  const out: ReservationJson = { type: reservation.type === 'static' ? 'STATIC' : 'DYNAMIC', role: reservation.role };
  if (reservation.principal !== undefined) out.principal = reservation.principal;
  if (reservation.labels !== undefined) {
    out.labels = { labels: Object.entries(reservation.labels).map(([key, value]) => ({ key, value })) };
  }
  return out;
}

function resourceToJson(resource: Resource): ResourceJson {
  const value = resource.value;
  const out: ResourceJson =
    value.type === 'scalar'
      ? { name: resource.name, type: 'SCALAR', scalar: { value: value.value } }
      : value.type === 'ranges'
        ? { name: resource.name, type: 'RANGES', ranges: { range: value.ranges.map(({ begin, end }) => ({ begin, end })) } }
        : { name: resource.name, type: 'SET', set: { item: [...value.items] } };
  if (resource.reservations.length > 0) {
    out.role = resource.role;
    out.reservations = resource.reservations.map(reservationToJson);
  }
  return out;
}

/** The Mesos JSON form; resourcesFromJson(resourcesToJson(r)) equals r. */
export function resourcesToJson(resources: Resources): ResourceJson[] {
  return resources.map(resourceToJson);
}
