// Quota (Mesos 1.9+ semantics): a role's consumption is its reservations (allocated or not) plus the unreserved
// resources offered or allocated to it, over its whole subtree. A limit caps consumption; a guarantee makes stage 1
// of a cycle serve the role first and holds back headroom for it in stage 2. Scalars only. Tracking starts with the
// first quota set, so a cluster without quota pays nothing for it.
import type { Resources } from '../../shared/resources/index.js';
import {
  addQuantities,
  NO_QUANTITIES,
  reservedQuantitiesByRole,
  resourceNameId,
  unreservedQuantitiesOf,
  type Quantities,
} from './quantities.js';

/** Thousandths per resource name; names not listed are not limited (or not guaranteed). */
export interface RoleQuota {
  readonly limit?: ReadonlyMap<string, number>;
  readonly guarantee?: ReadonlyMap<string, number>;
}

function amountOf(quantities: Quantities, name: string): number {
  const id = resourceNameId(name);
  return id < quantities.length ? quantities[id]! : 0;
}

/** The role and its ancestors, innermost first: `a/b/c`, `a/b`, `a`. */
function lineage(role: string): string[] {
  const out = [role];
  for (let slash = role.lastIndexOf('/'); slash > 0; slash = role.lastIndexOf('/', slash - 1)) {
    out.push(role.slice(0, slash));
  }
  return out;
}

export class QuotaTracker {
  private readonly quotas = new Map<string, RoleQuota>();
  /** Some role has a quota: only then is consumption tracked (a plain field: read on every charge). */
  enabled = false;
  hasGuarantees = false;
  private readonly consumption = new Map<string, Float64Array>();
  private readonly lineages = new Map<string, string[]>();

  /** Sets or (with undefined) clears a role's quota; true when tracking just started and needs a rebuild. */
  set(role: string, quota: RoleQuota | undefined): boolean {
    const wasEnabled = this.enabled;
    if (quota === undefined) this.quotas.delete(role);
    else this.quotas.set(role, quota);
    this.enabled = this.quotas.size > 0;
    this.hasGuarantees = [...this.quotas.values()].some((entry) => entry.guarantee !== undefined);
    if (!this.enabled) this.consumption.clear();
    return this.enabled && !wasEnabled;
  }

  entries(): IterableIterator<[string, RoleQuota]> {
    return this.quotas.entries();
  }

  /** Forgets all consumption (before a rebuild from the allocator's state). */
  reset(): void {
    this.consumption.clear();
  }

  allocated(role: string, resources: Resources, sign: 1 | -1): void {
    const quantities = unreservedQuantitiesOf(resources);
    if (quantities.length > 0) this.charge(role, quantities, sign);
  }

  reservations(total: Resources, sign: 1 | -1): void {
    for (const [role, quantities] of reservedQuantitiesByRole(total)) this.charge(role, quantities, sign);
  }

  consumed(role: string): Quantities {
    return this.consumption.get(role) ?? NO_QUANTITIES;
  }

  /** Limit minus consumption per limited name, the tightest over the role and its ancestors; undefined: unlimited. */
  limitHeadroom(role: string): Map<string, number> | undefined {
    let headroom: Map<string, number> | undefined;
    for (const path of this.lineageOf(role)) {
      const limit = this.quotas.get(path)?.limit;
      if (limit === undefined) continue;
      const consumed = this.consumed(path);
      headroom ??= new Map();
      for (const [name, amount] of limit) {
        const left = amount - amountOf(consumed, name);
        const before = headroom.get(name);
        if (before === undefined || left < before) headroom.set(name, left);
      }
    }
    return headroom;
  }

  /** Guarantee minus consumption, positive entries only (the role's own guarantee). */
  unsatisfiedGuarantee(role: string): Map<string, number> {
    const out = new Map<string, number>();
    const guarantee = this.quotas.get(role)?.guarantee;
    if (guarantee === undefined) return out;
    const consumed = this.consumed(role);
    for (const [name, amount] of guarantee) {
      const missing = amount - amountOf(consumed, name);
      if (missing > 0) out.set(name, missing);
    }
    return out;
  }

  /** Roles that are, or descend from, a role whose guarantee is not yet met. */
  underGuarantee(role: string): boolean {
    for (const path of this.lineageOf(role)) if (this.unsatisfiedGuarantee(path).size > 0) return true;
    return false;
  }

  /** Unreserved resources that must stay unallocated for unmet guarantees (outermost guaranteed roles only). */
  requiredHeadroom(): Map<string, number> {
    const required = new Map<string, number>();
    for (const [role, quota] of this.quotas) {
      if (quota.guarantee === undefined) continue;
      if (this.lineageOf(role).slice(1).some((path) => this.quotas.get(path)?.guarantee !== undefined)) continue;
      for (const [name, missing] of this.unsatisfiedGuarantee(role)) required.set(name, (required.get(name) ?? 0) + missing);
    }
    return required;
  }

  private charge(role: string, quantities: Quantities, sign: 1 | -1): void {
    for (const path of this.lineageOf(role)) {
      const consumed = addQuantities(this.consumption.get(path) ?? NO_QUANTITIES, quantities, sign);
      if (consumed.every((amount) => amount === 0)) this.consumption.delete(path);
      else this.consumption.set(path, consumed);
    }
  }

  private lineageOf(role: string): string[] {
    let cached = this.lineages.get(role);
    if (cached === undefined) this.lineages.set(role, (cached = lineage(role)));
    return cached;
  }
}
