import { DroverError } from '../../../shared/errors/index.js';
import {
  containsResources, parseResources, takeScalarsAndPorts, type ResourceRequest, type Resources,
} from '../../../shared/resources/index.js';
import type { TaskResources } from './task-spec.js';

/**
 * The concrete resources a task would use from `available` (what is left of an offer allocated to `role`), or
 * undefined when they do not fit. Pure and deterministic, so matching and launching pick the same ports.
 */
export function resolveTaskResources(wanted: TaskResources, available: Resources, role: string): Resources | undefined {
  const listed = listedResources(wanted);
  if (listed !== undefined) return containsResources(available, listed) ? listed : undefined;
  return carveAmounts(wanted as ResourceRequest, available, role);
}

/** The text and list forms as a resource list; undefined for the amounts form. */
export function listedResources(wanted: TaskResources): Resources | undefined {
  if (typeof wanted === 'string') return parseResources(wanted);
  if (Array.isArray(wanted)) return wanted as Resources;
  if (typeof wanted !== 'object' || wanted === null) {
    throw new DroverError('INVALID_ARGUMENT', 'task resources must be a string, a list or an amount object');
  }
  return undefined;
}

/** Amounts taken from the offer's role reservations first; '*' (no allocation role named) may use any entry. */
export function carveAmounts(wanted: ResourceRequest, available: Resources, role: string): Resources | undefined {
  return takeScalarsAndPorts(available, wanted, role === '*' ? undefined : role);
}
