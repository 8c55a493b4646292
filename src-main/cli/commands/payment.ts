import type { Command } from 'commander';
import { vndFiguresAndWords } from '../../api/vnd-words';
import type { CliContext } from '../cli-context';

/** `kiosk payment qr --procedure CODE --dossier CODE`: the VietQR a receipt would carry. */
export function registerPayment(program: Command, ctx: CliContext): void {
  const payment = program.command('payment').description('Fees paid by VietQR bank transfer');

  payment
    .command('qr')
    .description('Print the VietQR payload a receipt would carry, to check the bank settings before citizens pay')
    .requiredOption('--procedure <code>', 'procedure code, e.g. 2.001035')
    .requiredOption('--dossier <code>', 'dossier code used as the transfer note')
    .action((options: { procedure: string; dossier: string }) => {
      const qr = ctx.core().payment.service.qrFor(options.procedure, options.dossier);
      ctx.print(qr, `${vndFiguresAndWords(qr.amount)}\n${qr.payload}`);
    });
}
