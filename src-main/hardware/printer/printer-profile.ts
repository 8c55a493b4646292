import { z } from 'zod';

/**
 * What the kiosk must know of a printer model to print on it: its command set, paper width in
 * dots, how Vietnamese text gets onto paper, and whether it answers real-time status requests.
 * Profiles are JSON files in `hardware/profiles/`, checked against this schema when loaded.
 */
export const PrinterProfile = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string(),
    commandSet: z.enum(['epson', 'star']),
    /** Printable width: 576 dots on 80 mm paper, 384 on 58 mm, at 203 dpi. */
    paperWidthDots: z.number().int().min(192).max(832).multipleOf(8),
    /** Characters per line in the printer's own font A (code-page mode). */
    charsPerLine: z.number().int().min(16).max(64),
    /** Serial speed the model ships with; a configured speed overrides it. */
    baudRate: z.number().int().positive(),
    text: z.discriminatedUnion('mode', [
      /** Text drawn as a 1-bit image: every printer prints it and Vietnamese is always right. */
      z.object({ mode: z.literal('raster'), align: z.enum(['esc-a', 'pad']).default('esc-a') }),
      /** Text as bytes of a code page in the printer's own font; `escT` is the model's `ESC t n`. */
      z.object({
        mode: z.literal('codepage'),
        codePage: z.enum(['cp1258', 'tcvn3', 'viscii']),
        escT: z.number().int().min(0).max(255),
      }),
    ]),
    /** `native` uses the printer's QR command (GS ( k); `raster` draws it as an image. */
    qr: z.enum(['native', 'raster']),
    /** `dle-eot`: ESC/POS real-time status (paper, cover, offline); `none`: no status is read. */
    status: z.enum(['dle-eot', 'none']),
    cutter: z.boolean(),
  })
  .strict();
export type PrinterProfile = z.infer<typeof PrinterProfile>;
