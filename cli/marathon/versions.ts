// `drover app rollback <id>` without a version goes back to the version before the current one.

/**
 * The newest of `versions` strictly older than `current` (compared as instants, since servers may format ISO times
 * differently); undefined when there is none. When `current` is unknown, the second newest.
 */
export function previousVersion(versions: readonly string[], current: string | undefined): string | undefined {
  const dated = versions
    .map((version) => ({ version, at: Date.parse(version) }))
    .filter((entry) => Number.isFinite(entry.at))
    .sort((a, b) => b.at - a.at);
  if (current === undefined) return dated[1]?.version;
  const currentAt = Date.parse(current);
  if (!Number.isFinite(currentAt)) return undefined;
  return dated.find((entry) => entry.at < currentAt)?.version;
}
