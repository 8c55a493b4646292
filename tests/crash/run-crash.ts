import { crashLine, runCrashTest } from './crash-harness';

/** `npm run test:crash [-- --kills N]`: the full crash test; prints one result line, exits 1 on loss or duplication. */
const at = process.argv.indexOf('--kills');
const kills = at >= 0 ? Number(process.argv[at + 1]) : 50;
if (!Number.isInteger(kills) || kills < 1) {
  process.stderr.write('--kills must be a positive whole number\n');
  process.exit(2);
}
const verbose = process.argv.includes('--verbose');
const result = await runCrashTest({ kills, ...(verbose ? { log: (l: string) => process.stderr.write(`${l}\n`) } : {}) });
process.stdout.write(`${crashLine(result)}\n`);
if (verbose) process.stderr.write(`${JSON.stringify(result)}\n`);
process.exit(result.lost === 0 && result.duplicated === 0 && result.submitted > 0 ? 0 : 1);
