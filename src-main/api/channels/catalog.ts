import { z } from 'zod';
import { PROCEDURE_CODE_PATTERN } from '../codes';
import { channel } from '../define';
import { REFERENCE_LIST_IDS } from '../reference-list-ids';
import { ANY_ROLE, TECHNICIAN_ONLY } from '../roles';

/**
 * The procedure catalog, declared once: the file format the center server sends and
 * `kiosk catalog import` reads, what the core keeps, and what the screens receive. Modeled on the
 * fields Vietnam's national database of administrative procedures publishes for each procedure.
 * Objects are strict so a misspelt key in a catalog file is reported instead of silently dropped.
 */

export const CATALOG_SCHEMA_VERSION = 1;
/** Largest catalog file accepted (a province has about 2,000 procedures: a few MB). */
export const MAX_CATALOG_BYTES = 20 * 1024 * 1024;

export const CATALOG_LANGUAGES = ['vi', 'en', 'ar', 'pl'] as const;
export type CatalogLanguage = (typeof CATALOG_LANGUAGES)[number];

const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * Vietnamese is the authoritative text; other languages are optional. A screen in a language the
 * text lacks shows English when there is English (far more Arabic and Polish readers at a kiosk
 * read English than Vietnamese), and Vietnamese otherwise.
 */
export const LocalizedText = z.strictObject({
  vi: text(4000),
  en: text(4000).optional(),
  ar: text(4000).optional(),
  pl: text(4000).optional(),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Which language `localized(value, lang)` is written in: the screen's, else English, else Vietnamese. */
export function shownLanguage(value: LocalizedText, lang: string): CatalogLanguage {
  const key = lang.split('-')[0] as CatalogLanguage;
  if (CATALOG_LANGUAGES.includes(key) && value[key] !== undefined) return key;
  return key !== 'vi' && value.en !== undefined ? 'en' : 'vi';
}

/** The text in `lang`, falling back to English, then to Vietnamese. */
export function localized(value: LocalizedText, lang: string): string {
  return value[shownLanguage(value, lang)] ?? value.vi;
}

/** Whether `localized(value, lang)` is a real translation (so screens can mark fallback text with its own lang). */
export function hasTranslation(value: LocalizedText, lang: string): boolean {
  return shownLanguage(value, lang) === lang.split('-')[0];
}

/** The `lang` attribute fallback text needs inside a screen in `lang` (undefined when it is in the screen's language). */
export function fallbackLang(value: LocalizedText, lang: string): CatalogLanguage | undefined {
  return hasTranslation(value, lang) ? undefined : shownLanguage(value, lang);
}

export const ProcedureCode = z.string().regex(PROCEDURE_CODE_PATTERN, 'must look like 1.001193');
const Slug = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes');

/** Icons the screens know for a field tile; an unknown one falls back to a generic icon. */
export const FieldIcon = z.enum([
  'family',
  'stamp',
  'house',
  'shop',
  'care',
  'land',
  'child',
  'temple',
  'handshake',
  'shield',
  'document',
  'medal',
  'bowl',
  'adoption',
  'build',
  'school',
  'trophy',
  'cart',
  'road',
  'complaint',
  'health',
  'briefcase',
]);
export type FieldIcon = z.infer<typeof FieldIcon>;

/** A field (lĩnh vực) such as Hộ tịch or Chứng thực, shown to citizens as a large tile. */
export const CatalogField = z.strictObject({
  id: Slug,
  name: LocalizedText,
  description: LocalizedText.optional(),
  icon: FieldIcon.default('document'),
});
export type CatalogField = z.infer<typeof CatalogField>;

export const SubmissionChannel = z.enum(['direct', 'online', 'postal']);
export type SubmissionChannel = z.infer<typeof SubmissionChannel>;

/** full: the whole procedure can be done online; partial: submit online, some steps in person. */
export const OnlineLevel = z.enum(['full', 'partial', 'none']);
export type OnlineLevel = z.infer<typeof OnlineLevel>;

export const ImplementingLevel = z.enum(['commune', 'district', 'province', 'central']);
export type ImplementingLevel = z.infer<typeof ImplementingLevel>;

/** Another form field of the same procedure, named by its id (a field this one depends on). */
const FormFieldRef = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]*$/, 'must be a form field id');

/**
 * A case of the procedure's own form: the select field `field` holds one of `values` ("Loại khai
 * sinh" is "both parents established"). A form field, a choice's option or a paper with it is
 * asked only in that case.
 */
export const AskedWhen = z.strictObject({
  field: FormFieldRef,
  values: z.array(z.string().min(1).max(80)).min(1).max(20),
});
export type AskedWhen = z.infer<typeof AskedWhen>;

/** One paper to bring: how many originals and copies to hand in, or an original only to show. */
export const RequiredDocument = z
  .strictObject({
    name: LocalizedText,
    originals: z.number().int().min(0).max(20).default(0),
    copies: z.number().int().min(0).max(20).default(0),
    /** The original is shown for checking and handed back. */
    showOriginal: z.boolean().default(false),
    /** When the paper is needed ("if the child was born outside a hospital"); absent = always. */
    condition: LocalizedText.optional(),
    /** Needed only in this case of the form (the parents' marriage certificate when both are established). */
    askedWhen: AskedWhen.optional(),
    note: LocalizedText.optional(),
  })
  .refine((d) => d.originals + d.copies > 0 || d.showOriginal, {
    message: 'a document needs originals, copies or showOriginal',
  });
export type RequiredDocument = z.infer<typeof RequiredDocument>;

/**
 * One line of a fee. `amountVnd` is the national amount when the law fixes one; absent, the amount
 * is set by the province and a technician enters it (`payment.provinceFees`, docs/payment.md).
 * `perUnit`: the amount is per page, copy or case counted at the desk, so no total is known ahead.
 */
export const FeeItem = z.strictObject({
  label: LocalizedText,
  amountVnd: z.number().int().min(0).max(1_000_000_000).optional(),
  perUnit: z.boolean().optional(),
  /**
   * Charged only for what the citizen asks for besides the result (copies of an extract, "nếu có
   * yêu cầu"): shown with the fee, paid at the desk, never part of the amount a receipt's QR asks.
   */
  onRequest: z.literal(true).optional(),
  note: LocalizedText.optional(),
});
export type FeeItem = z.infer<typeof FeeItem>;

/** Absent fee = not known (the screen says to ask at the desk); `free` = no fee or charge at all. */
export const Fee = z.strictObject({
  free: z.boolean(),
  items: z.array(FeeItem).max(20).default([]),
  note: LocalizedText.optional(),
});
export type Fee = z.infer<typeof Fee>;

export const ProcessingTime = z.strictObject({
  text: LocalizedText,
  /** Longest time in working days when the law states one; used for sorting and badges. */
  workingDays: z.number().min(0).max(365).optional(),
});
export type ProcessingTime = z.infer<typeof ProcessingTime>;

export const AttachedForm = z.strictObject({
  code: z.string().trim().min(1).max(80).optional(),
  name: LocalizedText,
});
export type AttachedForm = z.infer<typeof AttachedForm>;

/**
 * `year`: a year of birth (four digits, checked against today), as the declarations ask a parent's.
 * `time`: a time of day `HH:MM` on the 24-hour clock, as the death declaration's "… giờ … phút".
 */
export const FormFieldType = z.enum(['text', 'number', 'date', 'year', 'time', 'select', 'phone', 'idNumber', 'address', 'textarea']);
export type FormFieldType = z.infer<typeof FormFieldType>;

export const FormFieldOption = z.strictObject({
  value: z.string().min(1).max(80),
  label: LocalizedText,
  /** Offered only in this case of the form ("Mẹ" as the requester's relationship when the mother is established). */
  askedWhen: AskedWhen.optional(),
});
export type FormFieldOption = z.infer<typeof FormFieldOption>;

const compiles = (source: string): boolean => {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
};

/** One input of the dossier form for a procedure (the Dossier feature builds its forms from these). */
export const FormField = z
  .strictObject({
    id: z
      .string()
      .min(1)
      .max(60)
      .regex(/^[a-zA-Z][a-zA-Z0-9_]*$/, 'must be an identifier (letters, digits, _)'),
    label: LocalizedText,
    type: FormFieldType,
    required: z.boolean().default(false),
    /** Required once this other field of the procedure is filled (the father's details once his name is given). */
    requiredWith: FormFieldRef.optional(),
    options: z.array(FormFieldOption).min(1).max(100).optional(),
    maxLength: z.number().int().min(1).max(5000).optional(),
    /** A whole-value pattern (JavaScript, `u` flag) the answer must match. */
    pattern: z.string().min(1).max(500).refine(compiles, 'is not a valid regular expression').optional(),
    hint: LocalizedText.optional(),
    /** A text field answered from a bundled list (the 54 ethnic groups, the 34 provinces). */
    list: z.enum(REFERENCE_LIST_IDS).optional(),
    /** A date that has happened (a birth, a death): one after the center's today is refused. */
    past: z.boolean().optional(),
    /** The date field a time field is the time of: together they may not be after the center's now. */
    dateField: FormFieldRef.optional(),
    /** The date field this date may not come before (a registration is not before the birth it records). */
    notBefore: FormFieldRef.optional(),
    /**
     * Asked only when the select field `field` of this procedure holds one of `values` (the mother's
     * details unless "Chưa xác định được mẹ" is chosen): otherwise hidden, and an answer is refused.
     */
    askedWhen: AskedWhen.optional(),
    /**
     * Told, never refused: a note shown under the date once it is on or after `from` (a birth
     * registered from 2016 is in the electronic register); the clerk decides what follows.
     */
    notice: z.strictObject({ from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD'), text: LocalizedText }).optional(),
  })
  .refine((f) => (f.type === 'select') === (f.options !== undefined), {
    message: 'options are required for a select field and allowed only there',
    path: ['options'],
  })
  .refine((f) => f.list === undefined || f.type === 'text', { message: 'a list is allowed on a text field only', path: ['list'] })
  .refine((f) => f.past === undefined || f.type === 'date', { message: 'past is allowed on a date field only', path: ['past'] })
  .refine((f) => f.dateField === undefined || f.type === 'time', {
    message: 'dateField is allowed on a time field only',
    path: ['dateField'],
  })
  .refine((f) => (f.notBefore === undefined && f.notice === undefined) || f.type === 'date', {
    message: 'notBefore and notice are allowed on a date field only',
    path: ['notBefore'],
  });
export type FormField = z.infer<typeof FormField>;

const uniqueBy = <T>(
  items: readonly T[],
  key: (t: T) => string,
  what: string,
  ctx: z.RefinementCtx,
  path: PropertyKey[],
  keyName: string,
) => {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const k = key(item);
    const first = seen.get(k);
    if (first !== undefined) {
      ctx.addIssue({ code: 'custom', message: `duplicate ${what} ${k} (first at index ${first})`, path: [...path, i, keyName] });
    } else {
      seen.set(k, i);
    }
  });
};

const NO_CASE = 'askedWhen names no other select field of this procedure, or a value it does not offer';

/** Whether `askedWhen` (absent: always asked) names a select field of the form, other than `self`, and values it offers. */
const namesCase = (fields: readonly FormField[], askedWhen: AskedWhen | undefined, self?: string): boolean => {
  if (askedWhen === undefined) return true;
  const choice = fields.find((g) => g.id === askedWhen.field && g.id !== self && g.type === 'select');
  return choice !== undefined && askedWhen.values.every((v) => choice.options?.some((o) => o.value === v));
};

/**
 * Where a procedure (or a place of `elsewhere`) was checked: the official publication that lists it,
 * as a person can find it again. `title` names the decision or list ("Quyết định số …/QĐ-UBND"), and
 * is only as precise as the publication is; `url` is the published file or page; `checkedOn` the day
 * the code and name were compared with it.
 */
export const ProcedureSource = z.strictObject({
  title: LocalizedText,
  url: z
    .string()
    .max(500)
    .regex(/^https:\/\/[^\s]+$/, 'must be an https address')
    .optional(),
  checkedOn: z.iso.date().optional(),
});
export type ProcedureSource = z.infer<typeof ProcedureSource>;

export const Procedure = z
  .strictObject({
    code: ProcedureCode,
    /** national: the code is the national database's own; local: a code given by this catalog. */
    codeKind: z.enum(['national', 'local']).default('national'),
    name: LocalizedText,
    field: Slug,
    level: z.array(ImplementingLevel).min(1).max(4),
    summary: LocalizedText.optional(),
    /**
     * What to do first when someone is in danger ("call 113"): shown above everything on the page and
     * read first aloud. Only for procedures a person in danger may look up (a no-contact order).
     */
    safety: LocalizedText.optional(),
    /** Words people use for it ("nhập hộ khẩu" for permanent residence); searched, not shown. */
    keywords: z.array(text(80)).max(30).default([]),
    agency: LocalizedText.optional(),
    applicant: LocalizedText.optional(),
    conditions: z.array(LocalizedText).max(30).default([]),
    steps: z.array(LocalizedText).max(30).default([]),
    submission: z.strictObject({
      channels: z.array(SubmissionChannel).min(1).max(3),
      onlineLevel: OnlineLevel,
      /**
       * true: the National Public Service Portal (dichvucong.gov.vn) and VNeID take this procedure
       * online although this kiosk has no dossier form for it; only with `onlineLevel: "none"`, and
       * only when the procedure's own publication says so.
       */
      portal: z.literal(true).optional(),
    }),
    documents: z.array(RequiredDocument).max(60).default([]),
    processingTime: ProcessingTime.optional(),
    fee: Fee.optional(),
    result: LocalizedText.optional(),
    resultDelivery: z.array(SubmissionChannel).max(3).default([]),
    legalBasis: z.array(LocalizedText).max(40).default([]),
    forms: z.array(AttachedForm).max(30).default([]),
    formFields: z.array(FormField).max(80).default([]),
    /** The publication the procedure was checked against (absent: not yet checked against one). */
    source: ProcedureSource.optional(),
    /**
     * false: only the listing is known (code, name, field, where it is received); the papers, steps,
     * time and fee were not verified, so screens say to ask at the desk instead of "no papers".
     */
    detailsKnown: z.boolean().default(true),
  })
  .superRefine((p, ctx) => {
    uniqueBy(p.formFields, (f) => f.id, 'form field id', ctx, ['formFields'], 'id');
    const ids = new Set(p.formFields.map((f) => f.id));
    p.formFields.forEach((f, i) => {
      if (f.requiredWith !== undefined && (f.requiredWith === f.id || !ids.has(f.requiredWith))) {
        ctx.addIssue({
          code: 'custom',
          message: 'requiredWith names no other form field of this procedure',
          path: ['formFields', i, 'requiredWith'],
        });
      }
      if (!namesCase(p.formFields, f.askedWhen, f.id)) {
        ctx.addIssue({ code: 'custom', message: NO_CASE, path: ['formFields', i, 'askedWhen'] });
      }
      f.options?.forEach((o, j) => {
        if (!namesCase(p.formFields, o.askedWhen, f.id)) {
          ctx.addIssue({ code: 'custom', message: NO_CASE, path: ['formFields', i, 'options', j, 'askedWhen'] });
        }
      });
      const namesNoDate = (id: string | undefined) =>
        id !== undefined && (id === f.id || p.formFields.find((g) => g.id === id)?.type !== 'date');
      for (const key of ['dateField', 'notBefore'] as const) {
        if (namesNoDate(f[key])) {
          ctx.addIssue({ code: 'custom', message: `${key} names no other date field of this procedure`, path: ['formFields', i, key] });
        }
      }
    });
    p.documents.forEach((d, i) => {
      if (!namesCase(p.formFields, d.askedWhen)) ctx.addIssue({ code: 'custom', message: NO_CASE, path: ['documents', i, 'askedWhen'] });
    });
    if (p.submission.onlineLevel !== 'none' && !p.submission.channels.includes('online')) {
      ctx.addIssue({ code: 'custom', message: 'onlineLevel is set but online is not among the channels', path: ['submission'] });
    }
    if (p.submission.portal && p.submission.onlineLevel !== 'none') {
      ctx.addIssue({
        code: 'custom',
        message: 'portal marks a procedure this kiosk does not take online: onlineLevel must be none',
        path: ['submission', 'portal'],
      });
    }
  });
export type Procedure = z.infer<typeof Procedure>;
export type ProcedureInput = z.input<typeof Procedure>;

/**
 * Something people look for at a commune center that is done elsewhere (a passport, an identity
 * card…): the no-result screen of a search names the place instead of only "ask at the desk".
 */
export const ElsewhereEntry = z.strictObject({
  id: Slug,
  /** What the citizen wants, as a heading ("Làm hộ chiếu"). */
  task: LocalizedText,
  /** Where it is done. */
  place: LocalizedText,
  note: LocalizedText.optional(),
  /** Words people type for it; a search with no procedure matches these (accents and case ignored). */
  keywords: z.array(text(80)).min(1).max(30),
  source: ProcedureSource,
});
export type ElsewhereEntry = z.infer<typeof ElsewhereEntry>;

export const Catalog = z
  .strictObject({
    schemaVersion: z.literal(CATALOG_SCHEMA_VERSION),
    /** The publisher's version label ("2026.11.20"); the kiosk also keys by content hash. */
    version: text(60),
    publishedAt: z.iso.datetime({ offset: true }).optional(),
    publisher: text(200).optional(),
    fields: z.array(CatalogField).min(1).max(200),
    procedures: z.array(Procedure).min(1).max(50_000),
    elsewhere: z.array(ElsewhereEntry).max(500).default([]),
  })
  .superRefine((c, ctx) => {
    uniqueBy(c.fields, (f) => f.id, 'field id', ctx, ['fields'], 'id');
    uniqueBy(c.procedures, (p) => p.code, 'procedure code', ctx, ['procedures'], 'code');
    uniqueBy(c.elsewhere, (e) => e.id, 'elsewhere id', ctx, ['elsewhere'], 'id');
    const fieldIds = new Set(c.fields.map((f) => f.id));
    c.procedures.forEach((p, i) => {
      if (!fieldIds.has(p.field)) {
        ctx.addIssue({ code: 'custom', message: `unknown field ${p.field}`, path: ['procedures', i, 'field'] });
      }
    });
  });
export type Catalog = z.infer<typeof Catalog>;
export type CatalogInput = z.input<typeof Catalog>;

export const CatalogSource = z.enum(['bundled', 'file', 'server']);
export type CatalogSource = z.infer<typeof CatalogSource>;

export const FieldSummary = CatalogField.extend({ count: z.number().int().min(0) });
export type FieldSummary = z.infer<typeof FieldSummary>;

/** One row of a result list: enough to show and to open the procedure. */
export const SearchHit = z.object({
  code: ProcedureCode,
  codeKind: z.enum(['national', 'local']),
  name: LocalizedText,
  field: Slug,
  score: z.number(),
  onlineLevel: OnlineLevel,
  /** The national portal takes it online (see `Procedure.submission.portal`). */
  portal: z.literal(true).optional(),
  processingTime: LocalizedText.optional(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const CatalogSyncOutcome = z.enum(['updated', 'not-modified', 'failed', 'not-configured']);
export type CatalogSyncOutcome = z.infer<typeof CatalogSyncOutcome>;

export const CatalogInfo = z.object({
  version: z.string(),
  sha256: z.string(),
  source: CatalogSource,
  procedureCount: z.number().int(),
  fieldCount: z.number().int(),
  importedAt: z.string(),
  etag: z.string().nullable(),
  lastCheckAt: z.string().nullable(),
  lastOutcome: CatalogSyncOutcome.nullable(),
  /** Technical reason of the last failed update, for technicians. */
  lastError: z.string().nullable(),
});
export type CatalogInfo = z.infer<typeof CatalogInfo>;

export const SEARCH_MAX_QUERY = 200;
export const SEARCH_MAX_LIMIT = 100;

export const catalogChannels = {
  'catalog.fields': channel({
    args: z.object({}).strict(),
    result: z.object({ fields: z.array(FieldSummary) }),
    roles: ANY_ROLE,
  }),
  /** As-you-type search; an empty query with a field lists that field in catalog order. */
  'catalog.search': channel({
    args: z
      .object({
        query: z.string().max(SEARCH_MAX_QUERY),
        field: Slug.optional(),
        limit: z.number().int().min(1).max(SEARCH_MAX_LIMIT).default(20),
      })
      .strict(),
    result: z.object({
      hits: z.array(SearchHit),
      total: z.number().int().min(0),
      /** When nothing here matches: where the thing asked for is done, if the catalog knows. */
      elsewhere: z
        .array(ElsewhereEntry.omit({ keywords: true }))
        .max(3)
        .optional(),
    }),
    roles: ANY_ROLE,
  }),
  'catalog.procedure': channel({
    args: z.object({ code: ProcedureCode }).strict(),
    result: z.object({ procedure: Procedure, field: CatalogField }),
    roles: ANY_ROLE,
  }),
  'catalog.info': channel({ args: z.object({}).strict(), result: CatalogInfo, roles: ANY_ROLE }),
  /** Ask the center server for a newer catalog now (technicians; the kiosk also checks on a timer). */
  'catalog.refresh': channel({
    args: z.object({}).strict(),
    result: z.object({ outcome: CatalogSyncOutcome, message: z.string().nullable(), info: CatalogInfo }),
    roles: TECHNICIAN_ONLY,
  }),
};
