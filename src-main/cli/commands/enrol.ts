import type { Command } from 'commander';
import { enrolKiosk } from '../../core/center-link/enrol-kiosk';
import type { CliContext } from '../cli-context';

/** `kiosk enrol <server-url> <code>`: join this kiosk to a center with the code its back office issued. */
export function registerEnrol(program: Command, ctx: CliContext): void {
  program
    .command('enrol')
    .description('Enrol this kiosk with a center: trade the one-time code from the back office for its own token')
    .argument('<server-url>', 'the center address, for example https://trungtam.tinh.gov.vn')
    .argument('<code>', 'the enrolment code, for example ABCD-EFGH-JKLM-NPQR')
    .action(async (url: string, code: string) => {
      const kiosk = ctx.core();
      const { communeId } = await enrolKiosk(
        { fetch: (i, init) => fetch(i, init), config: kiosk.config, kioskId: kiosk.kioskId },
        url,
        code,
      );
      ctx.print({ kioskId: kiosk.kioskId, communeId, server: url }, `kiosk ${kiosk.kioskId} enrolled with ${url} for ${communeId}`);
    });
}
