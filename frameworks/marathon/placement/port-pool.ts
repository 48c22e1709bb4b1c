// The free ports of an offer's usable `ports` entries, with the entry each came from, so a chosen port is launched
// with its own role and reservations. Picks are by index into the pool in port order.
import { addResources, DroverError, type Range, type Resource, type Resources } from '../../sdk/index.js';
import type { PickIndex } from './types.js';

interface Segment {
  begin: number;
  end: number;
  readonly entry: number;
}

export class PortPool {
  private readonly segments: Segment[] = [];
  private readonly taken = new Map<number, number[]>();

  constructor(private readonly entries: readonly Resource[]) {
    entries.forEach((resource, entry) => {
      if (resource.value.type !== 'ranges') return;
      for (const range of resource.value.ranges) this.segments.push({ begin: range.begin, end: range.end, entry });
    });
    this.segments.sort((x, y) => x.begin - y.begin);
  }

  get size(): number {
    let size = 0;
    for (const segment of this.segments) size += segment.end - segment.begin + 1;
    return size;
  }

  /** Takes `port` if it is free; false when the offer lacks it or it was taken already. */
  takePort(port: number): boolean {
    const index = this.segments.findIndex((s) => s.begin <= port && port <= s.end);
    if (index < 0) return false;
    this.remove(index, port);
    return true;
  }

  /** Takes the `pick(size)`-th free port (port order). Throws INVALID_ARGUMENT when the pick is out of range. */
  takeAny(pick: PickIndex): number {
    const size = this.size;
    const at = pick(size);
    if (!Number.isInteger(at) || at < 0 || at >= size) {
      throw new DroverError('INVALID_ARGUMENT', `pickIndex(${size}) returned ${at}, not an integer in [0, ${size})`);
    }
    let skip = at;
    for (let index = 0; index < this.segments.length; index += 1) {
      const segment = this.segments[index]!;
      const length = segment.end - segment.begin + 1;
      if (skip < length) {
        const port = segment.begin + skip;
        this.remove(index, port);
        return port;
      }
      skip -= length;
    }
    throw new DroverError('INVALID_ARGUMENT', 'port pool is inconsistent'); // Unreachable: at < size.
  }

  /** The taken ports as resources, each entry keeping the role and reservations of the offer entry it came from. */
  takenResources(): Resources {
    let out: Resources = [];
    for (const [entry, ports] of this.taken) {
      const source = this.entries[entry]!;
      const value = { type: 'ranges' as const, ranges: toRanges(ports) };
      // One entry with merged ranges is a normalised list on its own, so addResources may merge it in.
      out = addResources(out, [{ name: source.name, role: source.role, reservations: source.reservations, value }]);
    }
    return out;
  }

  private remove(index: number, port: number): void {
    const segment = this.segments[index]!;
    const list = this.taken.get(segment.entry) ?? [];
    list.push(port);
    this.taken.set(segment.entry, list);
    if (segment.begin === segment.end) this.segments.splice(index, 1);
    else if (port === segment.begin) segment.begin += 1;
    else if (port === segment.end) segment.end -= 1;
    else {
      this.segments.splice(index + 1, 0, { begin: port + 1, end: segment.end, entry: segment.entry });
      segment.end = port - 1;
    }
  }
}

function toRanges(ports: readonly number[]): Range[] {
  const sorted = [...ports].sort((x, y) => x - y);
  const out: Range[] = [];
  for (const port of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && port === last.end + 1) out[out.length - 1] = { begin: last.begin, end: port };
    else out.push({ begin: port, end: port });
  }
  return out;
}
