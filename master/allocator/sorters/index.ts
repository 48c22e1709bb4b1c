// Sorters by name (Mesos --role_sorter / --framework_sorter). A new policy is a new file plus one line here.
import { DroverError } from '../../../shared/errors/index.js';
import { createDrfSorter, DRF_SORTER_NAME } from './drf.js';
import { createRandomSorter, RANDOM_SORTER_NAME } from './random.js';
import type { SorterFactory } from './sorter.js';

export type { ClusterTotals, Sorter, SorterClient, SorterFactory, SorterOptions, SortedClients } from './sorter.js';
export { DrfSorter, DRF_SORTER_NAME } from './drf.js';
export { RandomSorter, RANDOM_SORTER_NAME } from './random.js';

export const DEFAULT_SORTER = DRF_SORTER_NAME;

const SORTERS: ReadonlyMap<string, SorterFactory> = new Map<string, SorterFactory>([
  [DRF_SORTER_NAME, createDrfSorter],
  [RANDOM_SORTER_NAME, createRandomSorter],
]);

export function sorterNames(): string[] {
  return [...SORTERS.keys()];
}

/** The factory registered under `name`; CONFIG error for an unknown name. */
export function sorterFactory(name: string): SorterFactory {
  const factory = SORTERS.get(name);
  if (factory === undefined) {
    throw new DroverError('CONFIG', `unknown sorter '${name}' (known: ${sorterNames().join(', ')})`);
  }
  return factory;
}
