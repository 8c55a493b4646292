// Runs Electronegativity through its programmatic API (its CSV writer races its own header) and
// prints every finding, every file it could not parse, and one summary line. Exit code 1 when a
// high or medium finding remains or a file could not be parsed (a file it cannot read is a file
// it did not check). Usage: node scan.cjs <input dir> <electron version>
const run = require('@doyensec/electronegativity');

async function main() {
  const [input, electronVersion] = process.argv.slice(2);
  const result = await run({
    input,
    customScan: [],
    excludeFromScan: [],
    isRelative: true,
    isVerbose: false,
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  });
  const counts = { HIGH: 0, MEDIUM: 0, LOW: 0, INFORMATIONAL: 0 };
  for (const issue of result.issues) {
    const severity = issue.severity.name;
    counts[severity] = (counts[severity] ?? 0) + 1;
    const where = `${issue.file}:${issue.location.line}:${issue.location.column}`;
    const review = issue.manualReview ? ' (review required)' : '';
    process.stdout.write(`${issue.id} ${severity}/${issue.confidence.name}${review} ${where}\n  ${issue.description}\n`);
    if (issue.sample) process.stdout.write(`  sample: ${issue.sample}\n`);
  }
  for (const error of result.errors) process.stdout.write(`PARSE ERROR ${error.file}: ${error.message}\n`);
  process.stdout.write(
    `electronegativity: ${result.globalChecks + result.atomicChecks} checks, ${counts.HIGH} high, ${counts.MEDIUM} medium, ${counts.LOW} low, ${counts.INFORMATIONAL} informational, ${result.errors.length} parse errors\n`,
  );
  process.exitCode = counts.HIGH + counts.MEDIUM + result.errors.length === 0 ? 0 : 1;
}

main().catch((err) => {
  process.stderr.write(`${err.stack ?? err}\n`);
  process.exitCode = 1;
});
