import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { DecodedPage } from '../../../hardware/emulators/escpos-decoder';
import { testPage } from '../../core/devices/test-page';
import { classifyScan, MAX_SCAN_CHARS } from '../../core/scan/classify-scan';
import { DeviceError } from '../../hardware/device-error';
import type { PrintDocument } from '../../hardware/printer/print-document';
import { type CliContext, CliError } from '../cli-context';
import { readPayload } from '../input/read-payload';

// Device drivers, fonts and the rasterizer load only for the commands that use them, so the
// rest of the CLI starts fast.
const openDevices = async (...args: Parameters<typeof import('./hardware-session').openDevices>) =>
  (await import('./hardware-session')).openDevices(...args);

/** The bytes a document becomes on this profile, decoded as the emulator would: a preview of a real print. */
async function localPreview(profileId: string, doc: PrintDocument): Promise<Buffer> {
  const { EscPosDecoder } = await import('../../../hardware/emulators/escpos-decoder');
  const { pagePng } = await import('../../../hardware/emulators/page-renderer');
  const { EscPosEncoder } = await import('../../hardware/printer/escpos-encoder');
  const { printerProfile } = await import('../../hardware/printer/printer-profiles');
  const profile = printerProfile(profileId);
  const bytes = await new EscPosEncoder(profile).encode(doc);
  const pages: DecodedPage[] = [];
  const decoder = new EscPosDecoder({
    commandSet: profile.commandSet,
    codePages: profile.text.mode === 'codepage' ? { [profile.text.escT]: profile.text.codePage } : {},
    status: () => null,
    reply: () => undefined,
    onPage: (p) => pages.push(p),
  });
  decoder.push(bytes);
  decoder.flush();
  return pagePng(pages[0] as DecodedPage, profile.paperWidthDots);
}

export function registerDevices(program: Command, ctx: CliContext): void {
  const devices = program.command('devices').description('Receipt printer, QR scanner and ID-card reader');
  devices
    .command('list')
    .description('Serial ports found, and each configured device with its health')
    .action(async () => {
      const session = await openDevices(ctx);
      try {
        const listing = await session.devices.list();
        const human = [
          'Configured devices:',
          ...listing.devices.map(
            (d) =>
              `  ${d.kind.padEnd(9)} ${d.interface.padEnd(9)} ${(d.address || '-').padEnd(32)} ${d.health.state}${d.health.reason ? ` (${d.health.reason})` : ''}`,
          ),
          `Serial ports found:${listing.ports.length ? '' : ' none'}`,
          ...listing.ports.map(
            (p) => `  ${p.path}${p.manufacturer ? ` ${p.manufacturer}` : ''}${p.vendorId ? ` [${p.vendorId}:${p.productId ?? ''}]` : ''}`,
          ),
        ].join('\n');
        ctx.print(listing, human);
      } finally {
        await session.close();
      }
    });

  program
    .command('printer')
    .description('Receipt printer')
    .command('test')
    .description('Print a test page with Vietnamese text and a QR code')
    .option('--out <file.png>', 'write a picture of the page (what the emulator printed, or what was sent to a real printer)')
    .action(async (opts: { out?: string }) => {
      const session = await openDevices(ctx, ['printer']);
      try {
        const doc = testPage(session.kiosk.config.get('center.name'), ctx.clock.now(), session.kiosk.kioskId);
        let result: Awaited<ReturnType<typeof session.devices.testPrint>>;
        try {
          result = await session.devices.testPrint(doc);
        } catch (err) {
          // Nothing went out: the CLI's test page is a diagnostic of the printer now, never kept for later.
          if (err instanceof DeviceError)
            throw new CliError(`the printer did not print the test page now: printer is ${err.code} (${err.message})`, 2);
          throw err;
        }
        const health = session.devices.health().find((h) => h.kind === 'printer');
        let wrote: string | null = null;
        if (opts.out) {
          const png = result.preview ?? (await localPreview(session.settings.printer.profile, doc));
          writeFileSync(opts.out, png);
          wrote = opts.out;
        }
        ctx.print(
          { outcome: result.outcome, health, ...(wrote ? { preview: wrote } : {}) },
          [
            result.outcome.state === 'printed'
              ? 'Test page printed.'
              : result.outcome.state === 'failed'
                ? `Test page sent but not confirmed (${result.outcome.reason ?? 'offline'}): see whether it came out; it is not sent again.`
                : `Test page queued: printer is ${result.outcome.reason ?? 'not ready'}.`,
            `Printer: ${health?.state ?? 'unknown'}${health?.reason ? ` (${health.reason})` : ''}`,
            ...(wrote ? [`Picture of the page: ${wrote}`] : []),
          ].join('\n'),
        );
        if (result.outcome.state !== 'printed') throw new CliError('the printer did not print the test page now', 2);
      } finally {
        await session.close();
      }
    });

  program
    .command('scan')
    .description('QR and barcode scans')
    .command('classify')
    .argument('<payload>', "what the scanner read; one that starts with '-' goes after -- , or give - to read it from stdin")
    .description('Say what a scanned payload is: procedure, dossier, citizen ID card (CCCD), ticket or unknown')
    .addHelpText(
      'after',
      [
        '',
        'A payload is never read as an option when it comes after -- or on stdin:',
        '  kiosk scan classify -- "-v"',
        '  printf %s "$PAYLOAD" | kiosk scan classify -',
      ].join('\n'),
    )
    .action(async (given: string) => {
      const payload = given === '-' ? await readPayload(ctx.io.stdin, MAX_SCAN_CHARS * 4) : given;
      const scan = classifyScan(payload);
      const human =
        scan.kind === 'procedure' || scan.kind === 'dossier'
          ? `${scan.kind} ${scan.code}`
          : scan.kind === 'ticket'
            ? `ticket ${scan.number} of ${scan.day}, kiosk ${scan.kiosk}`
            : scan.kind === 'cccd'
              ? [
                  'Citizen ID card (CCCD)',
                  `  ID number:   ${scan.idNumber}`,
                  `  Old ID:      ${scan.oldIdNumber || '-'}`,
                  `  Full name:   ${scan.fullName}`,
                  `  Born:        ${scan.dateOfBirth}`,
                  `  Sex:         ${scan.sex}`,
                  `  Address:     ${scan.address}`,
                  `  Issued:      ${scan.issueDate}`,
                ].join('\n')
              : `unknown: ${scan.reason}`;
      ctx.print(scan, human);
    });
}
