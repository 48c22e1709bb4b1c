// `npm test`: lint, type-check, then every mocha suite; ends with the line `N passed, N failed`.
// Lint and the type-check count as one check each, so a lint error turns the closing line red too.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const extraArgs = process.argv.slice(2);
let passed = 0;
let failed = 0;

function step(name, command, args) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  return result.status === 0;
}

for (const [name, command, args] of [
  ['lint', 'npx', ['--no-install', 'eslint', '.']],
  ['type-check', 'npx', ['--no-install', 'tsc', '-p', '.']],
]) {
  if (step(name, command, args)) passed += 1;
  else { failed += 1; console.log(`${name} failed`); }
}

const summaryFile = join(tmpdir(), `drover-mocha-summary-${process.pid}.json`);
const mochaOk = step('tests', 'npx', ['--no-install', 'mocha', '--reporter', './test/support/summary-reporter.cjs',
  '--reporter-option', `summaryFile=${summaryFile}`, ...extraArgs]);
try {
  const summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
  passed += summary.passes;
  failed += summary.failures;
  rmSync(summaryFile, { force: true });
} catch {
  failed += 1;
  console.log('the test run ended without a summary (crashed before the end?)');
}
if (!mochaOk && failed === 0) failed += 1;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
