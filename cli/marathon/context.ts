// What every `drover app` / `drover deployment` action needs, built from the parsed global flags.
import type { Command } from 'commander';
import { MarathonClient } from './client.js';
import { readGlobalFlags, type GlobalFlags } from './options.js';
import { Output } from './output.js';

export interface CommandContext {
  flags: GlobalFlags;
  client: MarathonClient;
  output: Output;
}

export function commandContext(command: Command): CommandContext {
  const flags = readGlobalFlags(command);
  return { flags, client: new MarathonClient(flags.marathon), output: new Output(flags.output, flags.quiet) };
}
