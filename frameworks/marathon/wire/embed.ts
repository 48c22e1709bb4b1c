// The `embed` query parameter (Marathon's InfoEmbedResolver). Values may repeat; unknown ones are ignored.
// - apps/app scope: the prefix may be `group.apps.`, `apps.`, `app.` or none. GET /v2/apps always embeds counts and
//   deployments; GET /v2/apps/{id} also tasks and lastTaskFailure (AppsResource adds them for compatibility).
// - group scope: `group.groups`, `group.apps`, `group.pods`, and app embeds only under `group.apps.`; no value at
//   all means groups + apps + pods (GroupsResource's default).
import type { EmbedSet } from './types.js';

export const NO_EMBED: EmbedSet = {
  tasks: false, counts: false, deployments: false, readiness: false, lastTaskFailure: false, taskStats: false,
  groups: false, apps: false, pods: false,
};

type Flag = keyof EmbedSet;

const APP_EMBEDS: Readonly<Record<string, readonly Flag[]>> = {
  // Marathon: embedding tasks also embeds deployments (deprecated, kept for old clients).
  tasks: ['tasks', 'deployments'],
  counts: ['counts'],
  // The RAML enum spells it `apps.count`; clients copy that.
  count: ['counts'],
  deployments: ['deployments'],
  readiness: ['readiness'],
  lastTaskFailure: ['lastTaskFailure'],
  taskStats: ['taskStats'],
  // Deprecated alias.
  failures: ['tasks', 'lastTaskFailure', 'deployments'],
};

const APP_PREFIXES = ['group.apps.', 'apps.', 'app.'];
const GROUP_EMBEDS: Readonly<Record<string, Flag>> = { 'group.groups': 'groups', 'group.apps': 'apps', 'group.pods': 'pods' };

export function parseEmbed(values: readonly string[], scope: 'apps' | 'app' | 'group'): EmbedSet {
  const set = new Set<Flag>();
  if (scope === 'group') {
    if (values.length === 0) ['groups', 'apps', 'pods'].forEach((f) => set.add(f as Flag));
    for (const v of values) {
      const groupFlag = GROUP_EMBEDS[v];
      if (groupFlag !== undefined) set.add(groupFlag);
      else if (v.startsWith('group.apps.')) addApp(set, v.slice('group.apps.'.length));
    }
  } else {
    set.add('counts');
    set.add('deployments');
    if (scope === 'app') {
      set.add('tasks');
      set.add('lastTaskFailure');
    }
    for (const v of values) {
      const prefix = APP_PREFIXES.find((p) => v.startsWith(p)) ?? '';
      addApp(set, v.slice(prefix.length));
    }
  }
  const out: Record<Flag, boolean> = { ...NO_EMBED };
  for (const f of set) out[f] = true;
  return out;
}

function addApp(set: Set<Flag>, name: string): void {
  for (const f of Object.hasOwn(APP_EMBEDS, name) ? (APP_EMBEDS[name] ?? []) : []) set.add(f);
}
