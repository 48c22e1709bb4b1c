// Reading update bodies: the read-only fields of AppInfo (what a client got from GET and sends back) are dropped, and
// a partial update replaces whole top-level fields of the current definition, as Marathon's AppUpdate does.
const READ_ONLY_FIELDS = [
  'version', 'versionInfo', 'tasks', 'tasksStaged', 'tasksRunning', 'tasksHealthy', 'tasksUnhealthy', 'deployments',
  'lastTaskFailure', 'taskStats', 'readinessCheckResults',
];

/** A legacy input field and the canonical fields it replaces: sending one must drop the other from the base. */
const LEGACY_REPLACES: Readonly<Record<string, readonly string[]>> = {
  ports: ['portDefinitions'],
  portDefinitions: ['ports'],
  uris: ['fetch'],
  fetch: ['uris'],
  ipAddress: ['networks'],
  networks: ['ipAddress'],
};

export function readOnlyFieldsRemoved(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return {};
  const copy: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  for (const field of READ_ONLY_FIELDS) delete copy[field];
  return copy;
}

/** The current app JSON with the update's top-level fields put over it. */
export function mergeAppUpdate(current: Record<string, unknown>, update: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...current };
  for (const field of READ_ONLY_FIELDS) delete merged[field];
  for (const field of Object.keys(update)) {
    const replaces = Object.hasOwn(LEGACY_REPLACES, field) ? LEGACY_REPLACES[field] ?? [] : [];
    for (const replaced of replaces) delete merged[replaced];
  }
  // cmd and args exclude each other: setting one clears the other.
  if ('cmd' in update) delete merged.args;
  if ('args' in update) delete merged.cmd;
  return { ...merged, ...update };
}
