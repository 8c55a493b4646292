import { readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { MAX_CATALOG_BYTES, SEARCH_MAX_LIMIT } from '../../api/channels/catalog';
import { errorMessage } from '../../api/error-message';
import { type CatalogIssue, formatIssue, parseCatalogBytes } from '../../core/catalog/catalog-parse';
import { type CliContext, CliError } from '../cli-context';

/** Reads a catalog file, refusing an oversized one before reading it into memory. */
function readCatalogFile(file: string): Uint8Array | CatalogIssue {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (err) {
    throw new CliError(`cannot read ${file}: ${errorMessage(err)}`);
  }
  if (size > MAX_CATALOG_BYTES) return { path: '(file)', message: `too large: ${size} bytes, the limit is ${MAX_CATALOG_BYTES} bytes` };
  return readFileSync(file);
}

function reportIssues(ctx: CliContext, issues: readonly CatalogIssue[], what: string): never {
  ctx.print({ ok: false, issues }, issues.map(formatIssue).join('\n'));
  throw new CliError(`${what}: ${issues.length} problem${issues.length === 1 ? '' : 's'}; nothing was changed`);
}

function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > SEARCH_MAX_LIMIT)
    throw new CliError(`--limit must be a whole number from 1 to ${SEARCH_MAX_LIMIT}`);
  return n;
}

/** `kiosk catalog validate|import|fetch|info` and `kiosk search`. */
export function registerCatalog(program: Command, ctx: CliContext): void {
  const catalog = program.command('catalog').description('Check, import and update the procedure catalog');

  catalog
    .command('validate <file>')
    .description('Check a catalog file without changing anything: prints "ok N procedures" or each problem as "path: message"')
    .action((file: string) => {
      const bytes = readCatalogFile(file);
      if (!(bytes instanceof Uint8Array)) reportIssues(ctx, [bytes], 'invalid catalog');
      const parsed = parseCatalogBytes(bytes);
      if (!parsed.ok) reportIssues(ctx, parsed.issues, 'invalid catalog');
      const n = parsed.catalog.procedures.length;
      ctx.print({ ok: true, procedures: n, version: parsed.catalog.version }, `ok ${n} procedures`);
    });

  catalog
    .command('import <file>')
    .description('Make a catalog file the active catalog (all or nothing: an invalid file changes nothing)')
    .action((file: string) => {
      const bytes = readCatalogFile(file);
      if (!(bytes instanceof Uint8Array)) reportIssues(ctx, [bytes], 'catalog not imported');
      const result = ctx.core().catalog.importBytes(bytes, 'file');
      if (!result.ok) reportIssues(ctx, result.issues, 'catalog not imported');
      const { info } = result;
      ctx.print(
        { ok: true, changed: result.changed, info },
        result.changed
          ? `imported ${info.procedureCount} procedures (version ${info.version})`
          : `this catalog is already active (version ${info.version}, ${info.procedureCount} procedures)`,
      );
    });

  catalog
    .command('fetch')
    .description('Ask the center server for a newer catalog now (If-None-Match); the current one stays on any failure')
    .action(async () => {
      const kiosk = ctx.core();
      const result = await kiosk.catalogRefresher.refreshNow();
      const info = kiosk.catalog.info();
      ctx.print(
        { outcome: result.outcome, message: result.message, info },
        `${result.outcome}${result.message ? `: ${result.message}` : ''}`,
      );
      if (result.outcome === 'failed') throw new CliError('catalog update failed; the current catalog is kept');
    });

  catalog
    .command('info')
    .description('Show the active catalog and the last update check')
    .action(() => {
      const info = ctx.core().catalog.info();
      ctx.print(
        info,
        [
          `Catalog ${info.version}: ${info.procedureCount} procedures in ${info.fieldCount} fields`,
          `Source: ${info.source}, imported ${info.importedAt}`,
          `ETag: ${info.etag ?? '-'}`,
          `Last check: ${info.lastCheckAt ?? 'never'}${info.lastOutcome ? ` (${info.lastOutcome})` : ''}`,
          ...(info.lastError ? [`Last error: ${info.lastError}`] : []),
        ].join('\n'),
      );
    });

  program
    .command('search <query>')
    .description('Search the procedure catalog as the kiosk does; --json prints [{code, name, field, score}] best first')
    .option('--limit <n>', 'how many results', '10')
    .option('--field <id>', 'only procedures of this field')
    .action(async (query: string, opts: { limit: string; field?: string }) => {
      const limit = parseLimit(opts.limit);
      const { hits, elsewhere = [] } = await ctx.core().catalog.search(query, { limit, ...(opts.field ? { field: opts.field } : {}) });
      const rows = hits.map((h) => ({ code: h.code, name: h.name.vi, field: h.field, score: h.score }));
      // What the kiosk's no-result screen names, so a technician can check a catalog's places.
      const none = ['no procedure found', ...elsewhere.map((e) => `done elsewhere: ${e.task.vi}: ${e.place.vi}`)].join('\n');
      ctx.print(rows, rows.length === 0 ? none : rows.map((r) => `${r.code}  ${r.name}  (${r.score})`).join('\n'));
    });
}
