import epsonCp1258 from '../../../hardware/profiles/epson-80-cp1258.json';
import epsonTcvn3 from '../../../hardware/profiles/epson-80-tcvn3.json';
import generic58 from '../../../hardware/profiles/generic-escpos-58.json';
import generic80 from '../../../hardware/profiles/generic-escpos-80.json';
import star80 from '../../../hardware/profiles/star-80-raster.json';
import { PrinterProfile } from './printer-profile';

/** The profile a printer gets when none is chosen: raster text, which every ESC/POS printer prints. */
export const DEFAULT_PRINTER_PROFILE = 'generic-escpos-80';

/** Ids of the bundled profiles, for the config schema to check a technician's choice against. */
export const PRINTER_PROFILE_IDS = [
  'generic-escpos-80',
  'generic-escpos-58',
  'epson-80-cp1258',
  'epson-80-tcvn3',
  'star-80-raster',
] as const;
export type PrinterProfileId = (typeof PRINTER_PROFILE_IDS)[number];

const PROFILES: ReadonlyMap<string, PrinterProfile> = new Map(
  [generic80, generic58, epsonCp1258, epsonTcvn3, star80].map((json) => {
    const profile = PrinterProfile.parse(json);
    return [profile.id, profile] as const;
  }),
);

export function printerProfile(id: string): PrinterProfile {
  const profile = PROFILES.get(id);
  if (!profile) throw new Error(`unknown printer profile: ${id}`);
  return profile;
}

export function allPrinterProfiles(): readonly PrinterProfile[] {
  return [...PROFILES.values()];
}
