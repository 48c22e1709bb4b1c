// The ports an app declares, one per port definition (host networking) or container port mapping (bridge and
// container networks), and which of them need a host port from the offer.
import type { AppDefinition } from '../app-definition/index.js';

export type HostPortRequest = { readonly kind: 'fixed'; readonly port: number } | { readonly kind: 'dynamic' };

export interface DeclaredPort {
  readonly name?: string;
  /**
   * The port the app names: a port definition's `port` (its service port, or the host port itself with
   * requirePorts) or a mapping's `containerPort`; 0 = none. Marathon's PortRequest.port.
   */
  readonly requested: number;
  /** Mappings only. */
  readonly containerPort?: number;
  readonly protocol: string;
  /** Absent: no host port (a container-network mapping without hostPort). */
  readonly hostPort?: HostPortRequest;
}

/** True when the app's ports are container port mappings rather than port definitions. */
export function usesPortMappings(app: AppDefinition): boolean {
  const mode = app.networks[0]?.mode ?? 'host';
  return mode !== 'host';
}

export function declaredPorts(app: AppDefinition): DeclaredPort[] {
  if (!usesPortMappings(app)) {
    return app.portDefinitions.map((pd) => ({
      ...(pd.name === undefined ? {} : { name: pd.name }),
      requested: pd.port,
      protocol: pd.protocol,
      // requirePorts: the definition's port is the host port (and the service port); otherwise any port will do.
      hostPort: app.requirePorts && pd.port > 0 ? { kind: 'fixed', port: pd.port } : { kind: 'dynamic' },
    }));
  }
  return (app.container?.portMappings ?? []).map((pm) => ({
    ...(pm.name === undefined ? {} : { name: pm.name }),
    requested: pm.containerPort,
    containerPort: pm.containerPort,
    protocol: pm.protocol,
    ...(pm.hostPort === undefined
      ? {}
      : { hostPort: pm.hostPort === 0 ? { kind: 'dynamic' } : { kind: 'fixed', port: pm.hostPort } }),
  }));
}

/** The host ports to take from an offer, in declaration order (the order of matchOffer's `hostPorts`). */
export function hostPortRequests(app: AppDefinition): HostPortRequest[] {
  return declaredPorts(app).flatMap((p) => (p.hostPort === undefined ? [] : [p.hostPort]));
}

/**
 * Each declared port with its host port from `hostPorts` (which lists only the ports that need one, in order);
 * undefined where a port has no host port or `hostPorts` runs short.
 */
export function withHostPorts(app: AppDefinition, hostPorts: readonly number[]): { port: DeclaredPort; host: number | undefined }[] {
  let next = 0;
  return declaredPorts(app).map((port) => {
    if (port.hostPort === undefined) return { port, host: undefined };
    const host = hostPorts[next];
    next += 1;
    return { port, host };
  });
}
