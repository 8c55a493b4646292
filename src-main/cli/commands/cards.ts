import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { ApiError } from '../../api/errors';
import { TrustStore } from '../../core/cards/trust-store';
import { type CliContext, CliError } from '../cli-context';

/** `kiosk cards trust add FILE | list`: the CSCA certificates passive authentication trusts. */
export function registerCards(program: Command, ctx: CliContext): void {
  const cards = program.command('cards').description('Citizen ID card chips (CCCD)');
  const trust = cards.command('trust').description('CSCA certificates trusted for passive authentication');
  trust
    .command('add')
    .description('Trust the CSCA certificates in FILE (DER or PEM, one or many)')
    .argument('<file>', 'certificate file')
    .action((file: string) => {
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch (error) {
        throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
      try {
        const added = new TrustStore(ctx.dataDir).add(bytes);
        ctx.print(
          { added },
          added.length === 0 ? 'Already trusted: nothing added.' : added.map((c) => `added ${c.fingerprint}  ${c.subject}`).join('\n'),
        );
      } catch (error) {
        if (error instanceof ApiError) throw new CliError(error.message);
        throw error;
      }
    });
  trust
    .command('list')
    .description('List the trusted CSCA certificates')
    .action(() => {
      const list = new TrustStore(ctx.dataDir).list();
      ctx.print(
        list,
        list.length === 0
          ? 'No CSCA installed: chip data cannot be verified.'
          : list.map((c) => `${c.fingerprint}  ${c.subject}  (valid to ${c.validTo})`).join('\n'),
      );
    });
}
