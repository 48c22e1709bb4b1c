// Health and readiness checks (health-checks.md, readiness-checks.md).
import { at } from './issues.js';
import type { Obj, Reader } from './read.js';
import { HEALTH_CHECK_PROTOCOLS, type HealthCheck, type HealthCheckProtocol, type ReadinessCheck } from './types.js';

export function readHealthChecks(r: Reader, input: Obj): HealthCheck[] {
  return (r.objArr(input, 'healthChecks', '/') ?? []).map(([o, p]) => {
    const proto = r.str(o, 'protocol', p) ?? 'HTTP';
    if (!(HEALTH_CHECK_PROTOCOLS as readonly string[]).includes(proto)) {
      r.issues.add(at(p, 'protocol'), `is not one of (${HEALTH_CHECK_PROTOCOLS.join(',')})`);
    }
    const protocol = proto as HealthCheckProtocol;
    const hc: HealthCheck = {
      protocol,
      gracePeriodSeconds: r.num(o, 'gracePeriodSeconds', p, { min: 0 }) ?? 300,
      intervalSeconds: r.num(o, 'intervalSeconds', p, { min: 0 }) ?? 60,
      timeoutSeconds: r.num(o, 'timeoutSeconds', p, { min: 0 }) ?? 20,
      maxConsecutiveFailures: r.num(o, 'maxConsecutiveFailures', p, { int: true, min: 0 }) ?? 3,
      delaySeconds: r.num(o, 'delaySeconds', p, { min: 0 }) ?? 15,
      ignoreHttp1xx: r.bool(o, 'ignoreHttp1xx', p) ?? false,
      ipProtocol: 'IPv4',
    };
    const ipProtocol = r.str(o, 'ipProtocol', p);
    if (ipProtocol === 'IPv6') hc.ipProtocol = 'IPv6';
    else if (ipProtocol !== undefined && ipProtocol !== 'IPv4') r.issues.add(at(p, 'ipProtocol'), 'is not one of (IPv4,IPv6)');
    if (protocol.endsWith('HTTP') || protocol.endsWith('HTTPS')) hc.path = r.str(o, 'path', p) ?? '/';
    if (protocol === 'COMMAND') {
      const cmd = r.obj(o, 'command', p);
      const value = cmd === undefined ? undefined : r.str(cmd, 'value', at(p, 'command'));
      if (value === undefined || value === '') r.issues.add(at(p, 'command'), 'COMMAND health checks need command.value');
      else hc.command = { value };
    } else {
      const port = r.num(o, 'port', p, { int: true, min: 0, max: 65535 });
      const portIndex = r.num(o, 'portIndex', p, { int: true, min: 0 });
      if (port !== undefined) hc.port = port;
      else hc.portIndex = portIndex ?? 0;
    }
    return hc;
  });
}

export function readReadinessChecks(r: Reader, input: Obj): ReadinessCheck[] {
  const list = r.objArr(input, 'readinessChecks', '/') ?? [];
  if (list.length > 1) r.issues.add('/readinessChecks', 'Only one readinessCheck is supported at the moment');
  return list.map(([o, p]) => {
    const proto = r.str(o, 'protocol', p) ?? 'HTTP';
    if (proto !== 'HTTP' && proto !== 'HTTPS') r.issues.add(at(p, 'protocol'), 'is not one of (HTTP,HTTPS)');
    const rc: ReadinessCheck = {
      name: r.str(o, 'name', p) ?? 'readinessCheck',
      protocol: proto === 'HTTPS' ? 'HTTPS' : 'HTTP',
      path: r.str(o, 'path', p) ?? '/',
      portName: r.str(o, 'portName', p) ?? 'http-api',
      intervalSeconds: r.num(o, 'intervalSeconds', p, { min: 0 }) ?? 30,
      timeoutSeconds: r.num(o, 'timeoutSeconds', p, { min: 0 }) ?? 10,
      httpStatusCodesForReady: [200],
      preserveLastResponse: r.bool(o, 'preserveLastResponse', p) ?? false,
    };
    const codes = r.arr(o, 'httpStatusCodesForReady', p);
    if (codes !== undefined) {
      rc.httpStatusCodesForReady = codes.map((c) => (typeof c === 'number' ? c : Number(c)));
      if (rc.httpStatusCodesForReady.some((c) => !Number.isInteger(c) || c < 100 || c > 999)) {
        r.issues.add(at(p, 'httpStatusCodesForReady'), 'must be HTTP status codes');
      }
    }
    if (rc.timeoutSeconds >= rc.intervalSeconds) {
      r.issues.add(at(p, 'timeoutSeconds'), 'must be smaller than intervalSeconds');
    }
    return rc;
  });
}
