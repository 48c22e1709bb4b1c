// Container, networks and ports, including the legacy forms (docker.network, docker.portMappings, ipAddress, ports).
import { at, idx, type Issues } from './issues.js';
import { toNumber, type Obj, type Reader } from './read.js';
import type { Container, DockerSpec, Network, NetworkMode, PortDefinition, PortMapping, Volume } from './types.js';
import { readConstraints } from './constraints.js';

const PROTOCOLS = ['tcp', 'udp', 'udp,tcp'];

export interface NetworkingResult {
  container?: Container;
  networks: Network[];
  portDefinitions: PortDefinition[];
}

function readPortMapping(r: Reader, o: Obj, p: string, mode: NetworkMode): PortMapping {
  const pm: PortMapping = {
    containerPort: r.num(o, 'containerPort', p, { int: true, min: 0, max: 65535 }) ?? 0,
    servicePort: r.num(o, 'servicePort', p, { int: true, min: 0, max: 65535 }) ?? 0,
    protocol: r.str(o, 'protocol', p) ?? 'tcp',
  };
  const host = r.num(o, 'hostPort', p, { int: true, min: 0, max: 65535 });
  if (host !== undefined) pm.hostPort = host;
  else if (mode === 'container/bridge') pm.hostPort = 0;
  const name = r.str(o, 'name', p);
  if (name !== undefined) pm.name = name;
  const labels = r.strMap(o, 'labels', p);
  if (labels !== undefined) pm.labels = labels;
  const nn = r.strArr(o, 'networkNames', p);
  if (nn !== undefined) pm.networkNames = nn;
  if (!PROTOCOLS.includes(pm.protocol)) r.issues.add(at(p, 'protocol'), `is not one of (${PROTOCOLS.join(',')})`);
  return pm;
}

function readVolume(r: Reader, o: Obj, p: string): Volume {
  const mode = r.str(o, 'mode', p) ?? 'RW';
  if (mode !== 'RO' && mode !== 'RW') r.issues.add(at(p, 'mode'), 'is not one of (RO,RW)');
  const containerPath = r.str(o, 'containerPath', p);
  if (containerPath === undefined || containerPath === '') r.issues.add(at(p, 'containerPath'), 'must not be empty');
  const v: Volume = { containerPath: containerPath ?? '', mode: mode === 'RO' ? 'RO' : 'RW' };
  const hostPath = r.str(o, 'hostPath', p);
  if (hostPath !== undefined) v.hostPath = hostPath;
  const secret = r.str(o, 'secret', p);
  if (secret !== undefined) v.secret = secret;
  const pers = r.obj(o, 'persistent', p);
  if (pers !== undefined) {
    const pp = at(p, 'persistent');
    const type = r.str(pers, 'type', pp) ?? 'root';
    if (type !== 'root' && type !== 'path' && type !== 'mount') r.issues.add(at(pp, 'type'), 'is not one of (root,path,mount)');
    const size = r.num(pers, 'size', pp, { min: 1 });
    if (size === undefined) r.issues.add(at(pp, 'size'), 'error.path.missing');
    v.persistent = {
      type: type === 'path' || type === 'mount' ? type : 'root',
      size: size ?? 0,
      constraints: readConstraints(r, pers, pp),
    };
    const maxSize = r.num(pers, 'maxSize', pp, { min: 1 });
    if (maxSize !== undefined) v.persistent.maxSize = maxSize;
    const profileName = r.str(pers, 'profileName', pp);
    if (profileName !== undefined) v.persistent.profileName = profileName;
  }
  const ext = r.obj(o, 'external', p);
  if (ext !== undefined) {
    const ep = at(p, 'external');
    v.external = {
      name: r.str(ext, 'name', ep) ?? '',
      provider: r.str(ext, 'provider', ep) ?? 'dvdi',
      options: r.strMap(ext, 'options', ep) ?? {},
    };
  }
  return v;
}

function readDocker(r: Reader, d: Obj, p: string): DockerSpec {
  const image = r.str(d, 'image', p);
  if (image === undefined || image === '') r.issues.add(at(p, 'image'), 'must not be empty');
  const parameters = (r.objArr(d, 'parameters', p) ?? []).map(([e, ep]) => ({
    key: r.str(e, 'key', ep) ?? '',
    value: r.str(e, 'value', ep) ?? '',
  }));
  const spec: DockerSpec = {
    image: image ?? '',
    forcePullImage: r.bool(d, 'forcePullImage', p) ?? false,
    privileged: r.bool(d, 'privileged', p) ?? false,
    parameters,
  };
  const pull = r.obj(d, 'pullConfig', p);
  if (pull !== undefined) spec.pullConfig = { secret: r.str(pull, 'secret', at(p, 'pullConfig')) ?? '' };
  const cred = r.obj(d, 'credential', p);
  if (cred !== undefined) {
    const cp = at(p, 'credential');
    spec.credential = { principal: r.str(cred, 'principal', cp) ?? '' };
    const s = r.str(cred, 'secret', cp);
    if (s !== undefined) spec.credential.secret = s;
  }
  return spec;
}

function readNetworks(r: Reader, input: Obj, issues: Issues): Network[] | undefined {
  const list = r.objArr(input, 'networks', '/');
  if (list === undefined) return undefined;
  return list.map(([o, p]) => {
    const mode = r.str(o, 'mode', p) ?? 'container';
    const n: Network = { mode: mode === 'host' || mode === 'container/bridge' ? mode : 'container' };
    if (mode !== 'host' && mode !== 'container/bridge' && mode !== 'container') {
      issues.add(at(p, 'mode'), 'is not one of (host,container/bridge,container)');
    }
    const name = r.str(o, 'name', p);
    if (name !== undefined) n.name = name;
    const labels = r.strMap(o, 'labels', p);
    if (labels !== undefined) n.labels = labels;
    return n;
  });
}

function validateNetworks(networks: Network[], issues: Issues): void {
  const host = networks.filter((n) => n.mode === 'host').length;
  const bridge = networks.filter((n) => n.mode === 'container/bridge').length;
  const named = networks.filter((n) => n.mode === 'container');
  const ok = (host === 1 && networks.length === 1) || (bridge === 1 && networks.length === 1)
    || (named.length >= 1 && named.length === networks.length);
  if (!ok) issues.add('/networks', 'must be one host network, one container/bridge network, or 1..n container networks');
  named.forEach((n) => {
    if (n.name === undefined || n.name === '') {
      issues.add(idx('/networks', networks.indexOf(n)), 'container network name is not defined');
    }
  });
}

export function readNetworking(r: Reader, input: Obj): NetworkingResult {
  const { issues } = r;
  const c = r.obj(input, 'container', '/');
  const docker = c === undefined ? undefined : r.obj(c, 'docker', '/container');
  const ipAddress = r.obj(input, 'ipAddress', '/');
  const legacyNetwork = docker === undefined ? undefined : r.str(docker, 'network', '/container/docker');
  let networks = readNetworks(r, input, issues);

  if (networks !== undefined && (legacyNetwork !== undefined || ipAddress !== undefined)) {
    issues.add('/networks', 'cannot mix deprecated and canonical network APIs');
  }
  const ipNetworkName = ipAddress === undefined ? undefined : r.str(ipAddress, 'networkName', '/ipAddress');
  if (networks === undefined && legacyNetwork !== undefined) {
    if (legacyNetwork === 'BRIDGE') networks = [{ mode: 'container/bridge' }];
    else if (legacyNetwork === 'HOST') networks = [{ mode: 'host' }];
    else if (legacyNetwork === 'USER') {
      networks = [ipNetworkName === undefined ? { mode: 'container' } : { mode: 'container', name: ipNetworkName }];
    } else issues.add('/container/docker/network', 'is not one of (BRIDGE,HOST,USER)');
  }
  if (networks === undefined && ipAddress !== undefined) {
    networks = [ipNetworkName === undefined ? { mode: 'container' } : { mode: 'container', name: ipNetworkName }];
  }
  networks ??= [{ mode: 'host' }];
  validateNetworks(networks, issues);
  const first = networks[0];
  const mode: NetworkMode = first === undefined ? 'host' : first.mode;

  let container: Container | undefined;
  if (c !== undefined || mode !== 'host') {
    const typeRaw = c === undefined ? 'MESOS' : (r.str(c, 'type', '/container') ?? 'DOCKER');
    if (typeRaw !== 'DOCKER' && typeRaw !== 'MESOS') issues.add('/container/type', 'is not one of (DOCKER,MESOS)');
    const type = typeRaw === 'MESOS' ? 'MESOS' : 'DOCKER';
    container = { type, portMappings: [], volumes: [] };
    if (docker !== undefined) container.docker = readDocker(r, docker, '/container/docker');
    else if (type === 'DOCKER') issues.add('/container/docker', 'must not be empty');
    if (c !== undefined) {
      container.volumes = (r.objArr(c, 'volumes', '/container') ?? []).map(([o, p]) => readVolume(r, o, p));
    }
    const canonical = c === undefined ? undefined : r.objArr(c, 'portMappings', '/container');
    const legacy = docker === undefined ? undefined : r.objArr(docker, 'portMappings', '/container/docker');
    if (canonical !== undefined && legacy !== undefined) {
      issues.add('/container/portMappings', 'cannot be combined with container.docker.portMappings');
    }
    const discovery = ipAddress === undefined ? undefined : r.obj(ipAddress, 'discovery', '/ipAddress');
    const discoveryPorts = discovery === undefined ? undefined : r.objArr(discovery, 'ports', '/ipAddress/discovery');
    let mappings: PortMapping[] | undefined = (canonical ?? legacy)?.map(([o, p]) => readPortMapping(r, o, p, mode));
    if (discoveryPorts !== undefined && discoveryPorts.length > 0) {
      if (type === 'DOCKER') {
        issues.add('/ipAddress/discovery/ports', 'ipAddress.discovery.ports is only supported with a MESOS container');
      } else if (mappings !== undefined) {
        issues.add('/ipAddress/discovery/ports', 'cannot be combined with container.portMappings');
      } else {
        mappings = discoveryPorts.map(([o, p]) => {
          const pm: PortMapping = {
            containerPort: r.num(o, 'number', p, { int: true, min: 0, max: 65535 }) ?? 0,
            servicePort: 0,
            protocol: r.str(o, 'protocol', p) ?? 'tcp',
          };
          const name = r.str(o, 'name', p);
          if (name !== undefined) pm.name = name;
          return pm;
        });
      }
    }
    if (mode !== 'host') {
      mappings ??= [mode === 'container/bridge'
        ? { containerPort: 0, hostPort: 0, servicePort: 0, protocol: 'tcp', name: 'default' }
        : { containerPort: 0, servicePort: 0, protocol: 'tcp', name: 'default' }];
      container.portMappings = mappings;
    } else if (mappings !== undefined && mappings.length > 0) {
      issues.add('/container/portMappings', 'port mappings are not supported in host network mode');
    }
  }

  // Port definitions only exist in host mode; Marathon drops them for container networks.
  let portDefinitions: PortDefinition[] = [];
  if (mode === 'host') {
    const defs = r.objArr(input, 'portDefinitions', '/');
    const ports = r.arr(input, 'ports', '/');
    if (defs !== undefined && ports !== undefined) issues.add('/ports', 'cannot be combined with portDefinitions');
    if (defs !== undefined) {
      portDefinitions = defs.map(([o, p]) => {
        const pd: PortDefinition = {
          port: r.num(o, 'port', p, { int: true, min: 0, max: 65535 }) ?? 0,
          protocol: r.str(o, 'protocol', p) ?? 'tcp',
        };
        if (!PROTOCOLS.includes(pd.protocol)) issues.add(at(p, 'protocol'), `is not one of (${PROTOCOLS.join(',')})`);
        const name = r.str(o, 'name', p);
        if (name !== undefined) pd.name = name;
        const labels = r.strMap(o, 'labels', p);
        if (labels !== undefined && Object.keys(labels).length > 0) pd.labels = labels;
        return pd;
      });
    } else if (ports !== undefined) {
      ports.forEach((v, i) => {
        const n = toNumber(v);
        if (n === undefined || !Number.isInteger(n) || n < 0 || n > 65535) {
          issues.add(idx('/ports', i), 'must be an integer port number (0..65535)');
        }
        portDefinitions.push({ port: n ?? 0, protocol: 'tcp' });
      });
    } else {
      portDefinitions = [{ port: 0, protocol: 'tcp', name: 'default' }];
    }
  }
  checkUniqueNames(portDefinitions, '/portDefinitions', issues);
  if (container !== undefined) checkUniqueNames(container.portMappings, '/container/portMappings', issues);

  const out: NetworkingResult = { networks, portDefinitions };
  if (container !== undefined) out.container = container;
  return out;
}

function checkUniqueNames(ports: { name?: string }[], path: string, issues: Issues): void {
  const seen = new Set<string>();
  for (const p of ports) {
    if (p.name === undefined) continue;
    if (seen.has(p.name)) issues.add(path, `port names must be unique, '${p.name}' is repeated`);
    seen.add(p.name);
  }
}
