// Marathon's error replies on /v2, with the exact message texts of its exceptions and exception mapper
// (reference §9). Clients match on these strings (for example "App is locked by one or more deployments").
import type { ValidationDetail, ValidationError } from '../app-definition/index.js';
import type { WireError } from './types.js';

function versionSuffix(version: string | undefined): string {
  return version === undefined ? '' : ` in version ${version}`;
}

export function appNotFound(id: string, version?: string): WireError {
  return { status: 404, body: { message: `App '${id}' does not exist${versionSuffix(version)}` } };
}

export function groupNotFound(id: string, version?: string): WireError {
  return { status: 404, body: { message: `Group '${id}' does not exist${versionSuffix(version)}` } };
}

export function taskNotFound(taskId: string): WireError {
  return { status: 404, body: { message: `Task '${taskId}' does not exist` } };
}

export function deploymentNotFound(id: string): WireError {
  return { status: 404, body: { message: `DeploymentPlan ${id} does not exist` } };
}

export function appAlreadyExists(id: string): WireError {
  return { status: 409, body: { message: `An app with id [${id}] already exists.` } };
}

/**
 * The 409 for a change to an app that a running deployment holds. Marathon's message names the placeholder
 * `<DEPLOYMENT_ID>` literally (AppLockedException); the ids are in `deployments`.
 */
export function appLocked(deploymentIds: readonly string[]): WireError {
  return {
    status: 409,
    body: {
      message: "App is locked by one or more deployments. Override with the option '?force=true'. "
        + "View details at '/v2/deployments/<DEPLOYMENT_ID>'.",
      deployments: deploymentIds.map((id) => ({ id })),
    },
  };
}

/** 400 for a body that is not JSON or has the wrong JSON types; `details` as in the 422 body. */
export function invalidJson(details: readonly ValidationDetail[]): WireError {
  return { status: 400, body: { message: 'Invalid JSON', details: details.map((d) => ({ path: d.path, errors: [...d.errors] })) } };
}

/** 422 with normalizeApp's body. */
export function invalidObject(errors: ValidationError): WireError {
  return { status: 422, body: { message: errors.message, details: errors.details.map((d) => ({ path: d.path, errors: [...d.errors] })) } };
}

/** 400 for a task id that names no app; Marathon ≥1.4 appends the parse failure in brackets. */
export function invalidTaskId(taskId: string, reason?: string): WireError {
  return { status: 400, body: { message: `Invalid task id '${taskId}'.${reason === undefined ? '' : ` [${reason}]`}` } };
}

export function notAuthenticated(): WireError {
  return { status: 401, body: { message: 'Invalid username or password.' } };
}

export function notAuthorized(): WireError {
  return { status: 403, body: { message: 'Not Authorized to perform this action!' } };
}

export function noLeader(): WireError {
  return { status: 404, body: { message: 'There is no leader' } };
}
