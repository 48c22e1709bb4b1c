// Tries its containerizers in order (`--containerizers=process,docker`); the first that does not answer notSupported
// owns the container from then on, and every later call about it goes there (Mesos ComposingContainerizer).
import type {
  ContainerEndpoint, ContainerLaunchRequest, ContainerTermination, ContainerUsage, Containerizer, KillOptions,
  KnownContainer, LaunchResult,
} from './types.js';

export class ComposingContainerizer implements Containerizer {
  readonly name = 'composing';
  private readonly owners = new Map<string, Containerizer>();

  constructor(private readonly members: readonly Containerizer[]) {
    if (members.length === 0) throw new Error('a composing containerizer needs at least one containerizer');
  }

  /** The name of the containerizer that runs this container (what the agent checkpoints), if any. */
  ownerOf(containerId: string): string | undefined {
    return this.owners.get(containerId)?.name;
  }

  async recover(known: readonly KnownContainer[]): Promise<void> {
    for (const container of known) {
      const owner = this.members.find((member) => member.name === container.containerizer);
      if (owner !== undefined) this.owners.set(container.containerId, owner);
    }
    // Every member recovers, even with nothing listed for it: that is when it kills its orphans.
    await Promise.all(this.members.map((member) => member.recover(known)));
  }

  async launch(request: ContainerLaunchRequest): Promise<LaunchResult> {
    const reasons: string[] = [];
    for (const member of this.members) {
      const result = await member.launch(request);
      if (typeof result === 'object' && 'notSupported' in result) {
        reasons.push(result.notSupported);
        continue;
      }
      if (result === 'launched') this.owners.set(request.containerId, member);
      return result;
    }
    return { notSupported: reasons.join('; ') };
  }

  async wait(containerId: string): Promise<ContainerTermination | undefined> {
    return this.owners.get(containerId)?.wait(containerId);
  }

  async kill(containerId: string, options: KillOptions): Promise<ContainerTermination | undefined> {
    return this.owners.get(containerId)?.kill(containerId, options);
  }

  async usage(containerId: string): Promise<ContainerUsage | undefined> {
    return this.owners.get(containerId)?.usage(containerId);
  }

  async destroy(containerId: string): Promise<ContainerTermination | undefined> {
    const owner = this.owners.get(containerId);
    if (owner === undefined) return undefined;
    const termination = await owner.destroy(containerId);
    this.owners.delete(containerId);
    return termination;
  }

  containers(): string[] {
    return [...this.owners.keys()];
  }

  describe(containerId: string): { readonly pid?: number; readonly dockerId?: string } | undefined {
    return this.owners.get(containerId)?.describe(containerId);
  }

  endpoint(containerId: string): ContainerEndpoint | undefined {
    return this.owners.get(containerId)?.endpoint(containerId);
  }

  async close(): Promise<void> {
    for (const member of this.members) await member.close?.();
  }
}
