import type { Command } from 'commander';
import type { CliContext } from '../cli-context';

export function registerInfo(program: Command, ctx: CliContext): void {
  program
    .command('info')
    .description('Show this kiosk: id, version, data directory, schema version')
    .action(() => {
      const kiosk = ctx.core();
      const info = {
        kioskId: kiosk.kioskId,
        centerName: kiosk.config.get('center.name'),
        dataDir: ctx.dataDir,
        schemaVersion: kiosk.db.pragma('user_version', { simple: true }) as number,
      };
      ctx.print(
        info,
        [`Kiosk ${info.kioskId}`, `Center: ${info.centerName}`, `Data: ${info.dataDir}`, `Schema: ${info.schemaVersion}`].join('\n'),
      );
    });
}
