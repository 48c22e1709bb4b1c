import { hostname as machineHostname, userInfo } from 'node:os';
import { v1, type pb } from '../../../shared/protocol/index.js';
import { recordToLabels } from '../views/labels.js';
import type { FrameworkOptions } from './options.js';

/** The FrameworkInfo a SUBSCRIBE or UPDATE_FRAMEWORK carries. */
export function buildFrameworkInfo(framework: FrameworkOptions, frameworkId: string | undefined): pb.FrameworkInfo.$Properties {
  const info: pb.FrameworkInfo.$Properties = {
    name: framework.name,
    user: framework.user ?? currentUser(),
    roles: [...(framework.roles ?? ['*'])],
    hostname: framework.hostname ?? machineHostname(),
    capabilities: (framework.capabilities ?? []).map((name) => ({ type: v1.FrameworkInfo.Capability.Type[name] })),
  };
  if (frameworkId !== undefined) info.id = { value: frameworkId };
  if (framework.failoverTimeoutSeconds !== undefined) info.failoverTimeout = framework.failoverTimeoutSeconds;
  if (framework.checkpoint !== undefined) info.checkpoint = framework.checkpoint;
  if (framework.principal !== undefined) info.principal = framework.principal;
  if (framework.webuiUrl !== undefined) info.webuiUrl = framework.webuiUrl;
  if (framework.labels !== undefined) info.labels = recordToLabels(framework.labels);
  return info;
}

function currentUser(): string {
  try {
    return userInfo().username;
  } catch {
    // Containers may run under a uid without a passwd entry.
    return '';
  }
}
