// What the CLI reads from Marathon's deployment plans (`GET /v2/deployments`) and deployment results
// (`{deploymentId, version}` from PUT/DELETE/restart).
import { asArray, asObject, readNumber, readString, readStrings } from './json-read.js';

export interface DeploymentActionView {
  action: string;
  /** The app (or pod) the action works on. */
  target: string;
}

export interface DeploymentView {
  id: string;
  version: string | undefined;
  affectedApps: string[];
  affectedPods: string[];
  /** 1-based, as Marathon reports it. */
  currentStep: number;
  totalSteps: number;
  currentActions: DeploymentActionView[];
}

export interface DeploymentResult {
  deploymentId: string;
  version: string | undefined;
}

function readAction(value: unknown): DeploymentActionView | undefined {
  const action = asObject(value);
  const name = readString(action, 'action');
  if (name === undefined) return undefined;
  return { action: name, target: readString(action, 'app') ?? readString(action, 'pod') ?? '' };
}

export function readDeployment(value: unknown): DeploymentView | undefined {
  const deployment = asObject(value);
  const id = readString(deployment, 'id');
  if (deployment === undefined || id === undefined) return undefined;
  return {
    id,
    version: readString(deployment, 'version'),
    affectedApps: readStrings(deployment, 'affectedApps'),
    affectedPods: readStrings(deployment, 'affectedPods'),
    currentStep: readNumber(deployment, 'currentStep', 0),
    totalSteps: readNumber(deployment, 'totalSteps', asArray(deployment.steps).length),
    currentActions: asArray(deployment.currentActions).map(readAction).filter((action) => action !== undefined),
  };
}

export function readDeployments(value: unknown): DeploymentView[] {
  return asArray(value).map(readDeployment).filter((deployment) => deployment !== undefined);
}

/** `{deploymentId, version}`; undefined when the body has no deployment id. */
export function readDeploymentResult(value: unknown): DeploymentResult | undefined {
  const result = asObject(value);
  const deploymentId = readString(result, 'deploymentId');
  return deploymentId === undefined ? undefined : { deploymentId, version: readString(result, 'version') };
}
