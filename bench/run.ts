// `npm run bench -- <name> [args]`: runs bench/<name>.ts, whose `main(args)` prints its figures as JSON lines.
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

function available(): string[] {
  return readdirSync(here)
    .filter((file) => file.endsWith('.ts') && file !== 'run.ts' && !file.endsWith('.d.ts'))
    .map((file) => file.slice(0, -3))
    .sort();
}

async function runBench(name: string | undefined, args: string[]): Promise<number> {
  if (name === undefined || !/^[a-z0-9][a-z0-9-]*$/.test(name) || !available().includes(name)) {
    console.error(`usage: npm run bench -- <name> [args]\nbenchmarks: ${available().join(', ')}`);
    return 2;
  }
  const module: unknown = await import(pathToFileURL(`${here}/${name}.ts`).href);
  const main = (module as { main?: unknown }).main;
  if (typeof main !== 'function') {
    console.error(`bench/${name}.ts exports no main(args)`);
    return 2;
  }
  await (main as (args: string[]) => Promise<void>)(args);
  return 0;
}

const [name, ...args] = process.argv.slice(2);
process.exitCode = await runBench(name, args);
