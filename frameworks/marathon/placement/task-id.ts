// Instance and task ids (marathon.md §11): `<path, / → _>.instance-<uuid>` names an instance; each launch of it gets
// `<instance id>._app.<incarnation>`, so a task id is never reused. App path segments may contain dots, so ids are
// parsed from the last delimiter.

const INSTANCE = '.instance-';
/** Marathon's prefix for instances made from legacy (pre-instance) task ids. */
const LEGACY_INSTANCE = '.marathon-';
const TASK_SUFFIX = /^([^._]+)\._app(?:\.(\d+))?$/;
const LEGACY_TASK = /^(.+)[._]([^._]+)$/;

export interface ParsedTaskId {
  readonly appId: string;
  readonly instanceId: string;
  /** 0 for ids without a launch count (`…._app`, legacy `<path>.<uuid>`). */
  readonly incarnation: number;
}

/** `/prod/web` → `prod_web` (Marathon's PathId.safePath). */
export function safePath(appId: string): string {
  return appId.replace(/^\/+/, '').replaceAll('/', '_');
}

export function newInstanceId(appId: string, uuid: string): string {
  return `${safePath(appId)}${INSTANCE}${uuid}`;
}

export function taskIdFor(instanceId: string, incarnation: number): string {
  return `${instanceId}._app.${incarnation}`;
}

/** The app and uuid of an instance id, or undefined when it is not one. */
export function parseInstanceId(instanceId: string): { appId: string; uuid: string } | undefined {
  const at = lastDelimiter(instanceId);
  if (at === undefined) return undefined;
  const uuid = instanceId.slice(at.index + at.delimiter.length);
  const appId = appIdOf(instanceId.slice(0, at.index));
  if (appId === undefined || !/^[^._]+$/.test(uuid)) return undefined;
  return { appId, uuid };
}

/**
 * `<path>.instance-<uuid>._app.<n>`, `<path>.instance-<uuid>._app` (incarnation 0), or the legacy
 * `<path>.<uuid>` / `<path>_<uuid>` (incarnation 0; instance id `<path>.marathon-<uuid>` as Marathon names it).
 * Undefined for anything else, including an instance-era id with a malformed tail.
 */
export function parseTaskId(taskId: string): ParsedTaskId | undefined {
  const at = lastDelimiter(taskId);
  if (at !== undefined) {
    const tail = TASK_SUFFIX.exec(taskId.slice(at.index + at.delimiter.length));
    const appId = appIdOf(taskId.slice(0, at.index));
    if (tail === null || appId === undefined) return undefined;
    const incarnation = tail[2] === undefined ? 0 : Number(tail[2]);
    if (!Number.isSafeInteger(incarnation)) return undefined;
    const instanceId = `${taskId.slice(0, at.index)}${at.delimiter}${tail[1]!}`;
    return { appId, instanceId, incarnation };
  }
  const legacy = LEGACY_TASK.exec(taskId);
  if (legacy === null) return undefined;
  const appId = appIdOf(legacy[1]!);
  if (appId === undefined) return undefined;
  return { appId, instanceId: `${legacy[1]!}${LEGACY_INSTANCE}${legacy[2]!}`, incarnation: 0 };
}

function lastDelimiter(id: string): { index: number; delimiter: string } | undefined {
  const instance = id.lastIndexOf(INSTANCE);
  const legacy = id.lastIndexOf(LEGACY_INSTANCE);
  if (instance < 0 && legacy < 0) return undefined;
  return instance >= legacy ? { index: instance, delimiter: INSTANCE } : { index: legacy, delimiter: LEGACY_INSTANCE };
}

/** `prod_web` → `/prod/web`; undefined when a segment would be empty. */
function appIdOf(path: string): string | undefined {
  const segments = path.split('_');
  if (segments.some((segment) => segment === '')) return undefined;
  return `/${segments.join('/')}`;
}
