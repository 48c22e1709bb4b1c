// The Mesos text form `cpus:4;mem:1024;ports:[31000-32000];cpus(ops):2;disks:{a,b}`. The text form names only the
// innermost role, so dynamic reservations, refinements, principals and labels survive only in JSON or protobuf;
// for everything parseResources produces, parseResources(formatResources(r)) equals r.
import type { Range, Resource, Resources, ResourceValue } from './types.js';

export function formatRanges(ranges: readonly Range[]): string {
  return `[${ranges.map((range) => `${range.begin}-${range.end}`).join(',')}]`;
}

export function formatValue(value: ResourceValue): string {
  switch (value.type) {
    case 'scalar':
      return String(value.value);
    case 'ranges':
      return formatRanges(value.ranges);
    case 'set':
      return `{${value.items.join(',')}}`;
  }
}

export function formatResource(resource: Resource): string {
  const role = resource.reservations.length === 0 ? '' : `(${resource.role})`;
  return `${resource.name}${role}:${formatValue(resource.value)}`;
}

export function formatResources(resources: Resources): string {
  return resources.map(formatResource).join(';');
}
