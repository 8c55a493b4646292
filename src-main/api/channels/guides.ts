import { z } from 'zod';
import { channel } from '../define';
import { ANY_ROLE } from '../roles';

/**
 * Step-by-step picture guides (VNeID, the National Public Service Portal, paying and receiving
 * results online). Each guide is a data file under `assets/guides/` (or a center's own folder,
 * docs/guides.md) checked against this schema, so a center adds one without code.
 */

/** Every guide needs Vietnamese and English; Arabic and Polish visitors read English with a notice. */
const GuideText = z.strictObject({
  vi: z.string().trim().min(1).max(400),
  en: z.string().trim().min(1).max(400),
  ar: z.string().trim().min(1).max(400).optional(),
  pl: z.string().trim().min(1).max(400).optional(),
});
export type GuideText = z.infer<typeof GuideText>;

/** The drawings the kiosk ships (`src-renderer/screens/guides/GuidePicture.tsx`); a guide picks one per step. */
export const GUIDE_PICTURES = [
  'id-card',
  'police-desk',
  'phone-app',
  'phone-code',
  'browser-login',
  'form-upload',
  'dossier-track',
  'bank-qr',
  'post-parcel',
] as const;
export const GuidePictureName = z.enum(GUIDE_PICTURES);
export type GuidePictureName = z.infer<typeof GuidePictureName>;

export const GuideStep = z.strictObject({ picture: GuidePictureName, text: GuideText });

/** Official pages only: an https address the citizen's phone opens from the last step's QR. */
const OfficialUrl = z.url({ protocol: /^https$/ }).max(300);

export const Guide = z.strictObject({
  schemaVersion: z.literal(1),
  id: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by dashes')
    .max(60),
  /** Place on the guides screen, smallest first. */
  order: z.number().int().min(0).max(1000),
  title: GuideText,
  summary: GuideText,
  steps: z.array(GuideStep).min(1).max(12),
  link: z.strictObject({ url: OfficialUrl, label: GuideText }),
});
export type Guide = z.infer<typeof Guide>;

/** The text in the screen's language when the guide has it, else English (`fallback` says so). */
export function guideText(text: GuideText, lang: string): { text: string; fallback: boolean } {
  const key = lang.split('-')[0];
  if (key === 'vi' || key === 'en') return { text: text[key], fallback: false };
  const own = key === 'ar' || key === 'pl' ? text[key] : undefined;
  return own ? { text: own, fallback: false } : { text: text.en, fallback: true };
}

export const guideChannels = {
  'guides.list': channel({ args: z.object({}).strict(), result: z.object({ guides: z.array(Guide) }), roles: ANY_ROLE }),
};
