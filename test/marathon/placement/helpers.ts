// Builders shared by the placement tests (not a test file: mocha runs *.test.ts only).
import { normalizeApp, type AppDefinition } from '../../../frameworks/marathon/app-definition/index.js';
import type { OfferToMatch } from '../../../frameworks/marathon/placement/index.js';
import { parseResources, type AttributeValue } from '../../../frameworks/sdk/index.js';

export function app(json: Record<string, unknown>): AppDefinition {
  const result = normalizeApp({ id: '/web', cmd: 'sleep 100', ...json }, { now: new Date('2024-01-02T03:04:05.678Z') });
  if ('errors' in result) throw new Error(`bad test app: ${JSON.stringify(result.errors)}`);
  return result.app;
}

export function offer(
  resources: string,
  extra: { hostname?: string; role?: string; attributes?: Record<string, AttributeValue> } = {},
): OfferToMatch {
  return {
    agentId: 'agent-1',
    hostname: extra.hostname ?? 'host-a',
    role: extra.role ?? '*',
    resources: parseResources(resources),
    attributes: extra.attributes ?? {},
  };
}

export function on(hostname: string, attributes: Record<string, AttributeValue> = {}): { hostname: string; attributes: Record<string, AttributeValue> } {
  return { hostname, attributes };
}
