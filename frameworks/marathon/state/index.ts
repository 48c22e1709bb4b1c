// Durable state of the Marathon framework (apps, versions, deployments, instances) on a shared/store Store, and its
// write-through mirror in memory.
export { MarathonRepository, type DeploymentRecord, type RootVersionRecord } from './repository.js';
export { MarathonState, type StateChange } from './marathon-state.js';
export { storeKeys } from './keys.js';
