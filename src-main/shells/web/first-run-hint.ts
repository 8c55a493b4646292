import type { AuthStatus } from '../../api/channels/auth';

/**
 * What the web shell prints at start for whoever installs the kiosk: how to reach technician
 * mode, and where to set a PIN that is not set yet.
 */
export function technicianHint(status: AuthStatus, dataDir: string): string {
  const dirFlag = process.env.KIOSK_DATA_DIR === dataDir ? '' : ` --data-dir ${JSON.stringify(dataDir)}`;
  const lines = ['Technician mode: tap the top-left corner of the screen 5 times within 3 seconds, then enter the PIN.'];
  if (!status.technician.set) {
    lines.push(
      'The technician PIN is not set yet. Set it now with:',
      `  npx kiosk${dirFlag} auth set-pin --role technician`,
      'or on the screen with the one-time setup code written to the log at this start (see the warning above',
      'and logs/kiosk.log); the screen never shows that code.',
    );
  }
  if (!status.staff.set) {
    lines.push(`The staff PIN is not set: npx kiosk${dirFlag} auth set-pin --role staff (or in technician mode).`);
  }
  return `${lines.join('\n')}\n`;
}
