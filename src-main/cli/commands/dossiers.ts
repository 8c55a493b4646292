import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { formatDossierCode } from '../../api/codes';
import { RULE_MESSAGES_EN } from '../../api/dossier-rules';
import { DossierInvalid } from '../../core/dossiers/dossier-service';
import { type CliContext, CliError } from '../cli-context';

function readJson(file: string): unknown {
  let text: string;
  try {
    text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (err) {
    throw new CliError(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new CliError(`${file}: not valid JSON`);
  }
}

/** `kiosk dossier submit FILE.json`, `kiosk dossier status CODE`, `kiosk dossier purge`. */
export function registerDossiers(program: Command, ctx: CliContext): void {
  const dossier = program.command('dossier').description('Submit and look up dossiers');

  dossier
    .command('submit <file>')
    .description('Submit a dossier from a JSON file (- for stdin); prints the code once it is stored durably')
    .action((file: string) => {
      const draft = readJson(file);
      const kiosk = ctx.core();
      try {
        const receipt = kiosk.dossiers.service.submit(draft as never);
        ctx.print({ code: receipt.code, status: receipt.state }, `Dossier ${formatDossierCode(receipt.code)} ${receipt.state}`);
      } catch (err) {
        if (err instanceof DossierInvalid) {
          throw new CliError(
            `the dossier was not stored:\n${err.issues.map((i) => `  ${i.path}: ${RULE_MESSAGES_EN[i.message]}`).join('\n')}`,
          );
        }
        throw err;
      }
    });

  dossier
    .command('status <code>')
    .description('The local state of a dossier and, when reachable, the center server’s status')
    .action(async (code: string) => {
      const status = await ctx.core().dossiers.service.status(code);
      const local = status.local ? `local: ${status.local.state}` : 'local: not submitted at this kiosk';
      const remote = status.reachedServer
        ? `center: ${status.remote ? `${status.remote.status} ${status.remote.note}`.trim() : 'unknown code'}`
        : 'center: not reachable';
      ctx.print(status, `${formatDossierCode(status.code)}\n${local}\n${remote}`);
    });

  dossier
    .command('purge')
    .description('Purge personal data of acknowledged dossiers older than dossiers.retentionDays now')
    .action(() => {
      const result = ctx.core().dossiers.purge();
      ctx.print(
        result,
        `Purged ${result.dossiers} dossier(s) and ${result.feedback} feedback(s), deleted ${result.events} acknowledged event(s)`,
      );
    });
}
