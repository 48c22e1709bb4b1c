// Shared test data for the /v2 wire tests: apps through the real normalizeApp, instances, and the key lists strict
// clients know (reference §12.5, snake_case → camelCase).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeApp, type AppDefinition } from '../../../frameworks/marathon/app-definition/index.js';
import type { Instance } from '../../../frameworks/marathon/model/index.js';

export const COMPAT_DIR = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'compat', 'marathon');

const camel = (s: string): string => s.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

export const APP_KEYS: ReadonlySet<string> = new Set(
  ('accepted_resource_roles, args, backoff_factor, backoff_seconds, cmd, constraints, container, cpus, dependencies, '
    + 'deployments, disk, env, executor, fetch, gpus, health_checks, id, instances, ip_address, kill_selection, labels, '
    + 'last_task_failure, max_launch_delay_seconds, mem, networks, port_definitions, ports, readiness_checks, '
    + 'readiness_check_results, require_ports, residency, role, secrets, store_urls, task_kill_grace_period_seconds, '
    + 'task_rate_limit, task_stats, tasks, tasks_healthy, tasks_running, tasks_staged, tasks_unhealthy, '
    + 'unreachable_strategy, upgrade_strategy, uris, user, version, version_info').split(', ').map(camel),
);

export const TASK_KEYS: ReadonlySet<string> = new Set([
  'appId', 'healthCheckResults', 'host', 'id', 'ipAddresses', 'localVolumes', 'ports', 'region', 'role', 'servicePorts',
  'slaveId', 'stagedAt', 'startedAt', 'state', 'version', 'zone',
]);

export const DEPLOYMENT_KEYS: ReadonlySet<string> = new Set([
  'affectedApps', 'affectedPods', 'currentActions', 'currentStep', 'id', 'steps', 'totalSteps', 'version',
]);

export const NOW = new Date('2024-05-01T12:00:00.000Z');

export function app(input: Record<string, unknown>): AppDefinition {
  const r = normalizeApp(input, { now: NOW });
  if ('errors' in r) throw new Error(`fixture app rejected: ${JSON.stringify(r.errors)}`);
  return r.app;
}

/** An instance of /web, running on agent-1; `omit` leaves optional fields out as the model does when they are unknown. */
export function instance(over: Partial<Instance> & { instanceId: string }, omit: readonly (keyof Instance)[] = []): Instance {
  const full: Record<string, unknown> = {
    appId: '/web',
    appVersion: NOW.toISOString(),
    goal: 'running',
    incarnation: 1,
    condition: 'running',
    conditionSince: NOW.toISOString(),
    taskId: `${over.instanceId}._app.1`,
    agent: { agentId: 'agent-1', hostname: 'node-1.example', attributes: {} },
    hostPorts: [31000],
    stagedAt: '2024-05-01T12:00:01.000Z',
    startedAt: '2024-05-01T12:00:02.000Z',
    ...over,
  };
  for (const k of omit) delete full[k];
  return full as unknown as Instance;
}

/** Every app input in the compat folder: single apps, array batches, and the apps of group files. */
export function compatApps(): Array<{ file: string; input: Record<string, unknown>; base: string }> {
  if (!existsSync(COMPAT_DIR)) throw new Error(`compat fixtures missing: ${COMPAT_DIR}`);
  const out: Array<{ file: string; input: Record<string, unknown>; base: string }> = [];
  const visit = (file: string, v: unknown, base: string): void => {
    if (Array.isArray(v)) {
      for (const e of v) visit(file, e, base);
      return;
    }
    if (typeof v !== 'object' || v === null) return;
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.apps) || Array.isArray(o.groups)) {
      const own = typeof o.id === 'string' ? o.id : '';
      const id = own.startsWith('/') ? own : own === '' ? base : `${base.replace(/\/$/, '')}/${own}`;
      for (const a of (o.apps as unknown[] | undefined) ?? []) visit(file, a, id);
      for (const g of (o.groups as unknown[] | undefined) ?? []) visit(file, g, id);
      return;
    }
    out.push({ file, input: o, base });
  };
  for (const name of readdirSync(COMPAT_DIR).filter((n) => n.endsWith('.json')).sort()) {
    visit(name, JSON.parse(readFileSync(join(COMPAT_DIR, name), 'utf8')) as unknown, '/');
  }
  return out;
}
