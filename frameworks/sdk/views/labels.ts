import type { pb } from '../../../shared/protocol/index.js';

export function labelsToRecord(labels: pb.Labels.$Properties | null | undefined): Record<string, string> {
  const record: Record<string, string> = {};
  for (const label of labels?.labels ?? []) {
    if (label.key !== null && label.key !== undefined && label.key !== '') record[label.key] = label.value ?? '';
  }
  return record;
}

export function recordToLabels(record: Readonly<Record<string, string>>): pb.Labels.$Properties {
  return { labels: Object.entries(record).map(([key, value]) => ({ key, value })) };
}
