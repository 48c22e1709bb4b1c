// Drover's in-memory resource model (Mesos semantics). The wire form is drover.v1.Resource; the text form is the
// Mesos syntax `cpus:4;mem:1024;ports:[31000-32000];cpus(ops):2;disks:{a,b}`.

/** An inclusive range of integers, e.g. ports 31000-32000. */
export interface Range {
  readonly begin: number;
  readonly end: number;
}

export type ResourceValue =
  /** Scalars are exact to 3 decimal places (Mesos fixed point). */
  | { readonly type: 'scalar'; readonly value: number }
  /** Sorted, non-overlapping, non-adjacent ranges. */
  | { readonly type: 'ranges'; readonly ranges: readonly Range[] }
  /** Sorted, unique items. */
  | { readonly type: 'set'; readonly items: readonly string[] };

export interface Reservation {
  readonly type: 'static' | 'dynamic';
  readonly role: string;
  readonly principal?: string;
  readonly labels?: Readonly<Record<string, string>>;
}

export interface Resource {
  readonly name: string;
  /** '*' when unreserved; otherwise the role of the innermost reservation. */
  readonly role: string;
  /** Reservation refinements, outermost first; empty when unreserved. */
  readonly reservations: readonly Reservation[];
  readonly value: ResourceValue;
}

/**
 * A normalised list: at most one entry per (name, role, reservations, value type) identity, no empty entries, sorted
 * by name, then role, then reservations (identity.ts compareIdentity). Functions in this module always return
 * normalised lists and never mutate their arguments; the arithmetic assumes its inputs are normalised, so build lists
 * with parseResources / resourcesFromJson / resourcesFromProto / normalizeResources, never by hand.
 */
export type Resources = readonly Resource[];

export const UNRESERVED_ROLE = '*';
