// Drover's resource math (Mesos semantics): the model, its text/JSON/protobuf forms, and arithmetic on normalised
// lists. Every function returns normalised lists and never mutates its arguments.
export { UNRESERVED_ROLE, type Range, type Reservation, type Resource, type Resources, type ResourceValue } from './types.js';
export { parseResources, type ParseResourcesOptions } from './parse-text.js';
export { formatResources, formatResource } from './format-text.js';
export { parseAttributes, formatAttributes } from './attributes.js';
export { resourcesFromJson, resourcesToJson, type ResourceJson, type ReservationJson } from './json.js';
export { resourcesFromProto, resourcesToProto } from './proto.js';
export { normalizeResources } from './normalize.js';
export {
  addResources,
  subtractResources,
  containsResources,
  isEmptyResources,
  resourcesEqual,
} from './arithmetic.js';
export {
  scalarValue,
  rangesValue,
  setValue,
  scalarQuantities,
  unreservedResources,
  reservedResources,
  allocatableToRole,
  isReserved,
  filterResources,
  withoutNames,
  onlyNames,
} from './queries.js';
export { takeScalarsAndPorts, type ResourceRequest } from './take.js';
export { invalidRoleReason, isRoleOrSubrole, isStrictSubrole } from './roles.js';
export { roundScalar, MAX_SCALAR, SCALAR_DECIMALS } from './scalar.js';
export { rangesSize } from './ranges.js';
