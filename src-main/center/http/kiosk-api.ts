import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { CenterDossierBody, CenterEventsBody, CenterFeedbackBody, EnrolRequest } from '../../api/center/center-wire';
import type { Clock } from '../../api/center-clock';
import { isValidDossierCode } from '../../api/codes';
import { checkPlaces, type FieldIssue } from '../../api/dossier-check';
import { RULE_MESSAGES_EN } from '../../api/dossier-rules';
import type { Logger } from '../../core/logging/logger';
import { hashToken } from '../auth/secrets';
import { procedureForms } from '../office/procedure-forms';
import type { CenterStore } from '../store/center-store';
import type { IncomingDossier } from '../store/dossier-store';
import type { KioskIdentity } from '../store/store-types';
import { contactRecorder } from './contact-recorder';
import { fail, HttpAnswer, header, parseJson } from './http-answer';
import { kioskReportOf } from './kiosk-report';

export interface KioskApiDeps {
  readonly store: CenterStore;
  readonly clock: Clock;
  readonly log: Logger;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** How long the center trusts its copy of the published forms before asking again (dossiers are a hot path). */
const FORMS_MAX_AGE_MS = 30_000;

/**
 * A dossier naming a place that does not exist since 1 July 2025 (a commune outside its province,
 * an address without today's units): refused for good, each address named with its problem.
 */
function placesRefused(issues: readonly FieldIssue[]): HttpAnswer {
  const message = issues.map((i) => `${i.path} ${RULE_MESSAGES_EN[i.message]}`).join('; ');
  return new HttpAnswer(422, { error: { code: 'bad-request', message: `the dossier's addresses: ${message}`, issues } });
}

/** The center contract (DESIGN.md), for enrolled kiosks. Every input is untrusted. */
export function kioskApi(deps: KioskApiDeps) {
  const { store, clock, log } = deps;
  const contacts = contactRecorder(store.kiosks, clock, log);
  const forms = procedureForms(store.catalogs, log, undefined, { clock, maxAgeMs: FORMS_MAX_AGE_MS });

  function bearer(req: IncomingMessage): string {
    const auth = header(req, 'authorization') ?? '';
    const token = /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(auth)?.[1];
    if (!token) throw fail(401, 'unauthorized', 'a kiosk token is required (Authorization: Bearer …)');
    return token;
  }

  async function authenticate(req: IncomingMessage): Promise<KioskIdentity> {
    const kiosk = await store.kiosks.authenticate(bearer(req));
    if (!kiosk) throw fail(401, 'unauthorized', 'this kiosk token is unknown or was revoked: enrol the kiosk again');
    const claimed = header(req, 'x-kiosk-id');
    if (claimed !== kiosk.id) throw fail(403, 'forbidden', 'X-Kiosk-Id does not match the kiosk this token belongs to');
    contacts.note(kiosk.id);
    return kiosk;
  }

  async function enrol(bodyText: string): Promise<HttpAnswer> {
    const parsed = EnrolRequest.safeParse(parseJson(bodyText));
    if (!parsed.success) return fail(422, 'bad-request', parsed.error.issues[0]?.message ?? 'expected {code, kioskId}');
    const outcome = await store.kiosks.enrol(parsed.data.code, parsed.data.kioskId, clock.now());
    if (outcome.kind === 'refused') {
      log.warn('enrolment refused', { reason: outcome.reason });
      const message = {
        'unknown-code': 'this enrolment code is not known',
        used: 'this enrolment code was already used',
        expired: 'this enrolment code has expired: ask the back office for a new one',
        'other-commune': 'a kiosk with this id belongs to another commune',
      }[outcome.reason];
      return fail(outcome.reason === 'other-commune' ? 409 : 403, 'forbidden', message);
    }
    log.info('kiosk enrolled', { kiosk: outcome.kioskId, commune: outcome.communeId });
    return new HttpAnswer(201, { kioskId: outcome.kioskId, communeId: outcome.communeId, token: outcome.token });
  }

  async function catalog(req: IncomingMessage): Promise<HttpAnswer> {
    await authenticate(req);
    // An unchanged catalog (the usual poll) is answered from its ETag, without reading megabytes.
    const etag = await store.catalogs.publishedEtag();
    if (etag && header(req, 'if-none-match') === etag) return new HttpAnswer(304, null, { ETag: etag });
    const published = await store.catalogs.published();
    if (!published) return fail(404, 'not-found', 'no catalog has been published yet');
    return new HttpAnswer(200, published.body, { ETag: published.etag, 'Content-Type': 'application/json; charset=utf-8' });
  }

  /** The fields the store keeps of a valid dossier body sent under `key`, or null when it is not one. */
  async function incoming(key: string | null, bodyText: string): Promise<{ dossier: IncomingDossier } | { error: HttpAnswer }> {
    if (!key) return { error: fail(400, 'bad-request', 'Idempotency-Key is required') };
    if (!isValidDossierCode(key)) return { error: fail(422, 'bad-request', 'the Idempotency-Key is not a valid dossier code') };
    const parsed = CenterDossierBody.safeParse(parseJson(bodyText));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { error: fail(422, 'bad-request', `not a dossier: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim()) };
    }
    if (parsed.data.code !== key) return { error: fail(422, 'bad-request', 'the Idempotency-Key must be the dossier code') };
    // Every address, checked as the kiosk checks it (one shared check); the form's address fields
    // are known from the published catalog. An old residence is the citizen's confirmed word.
    const { applicant, form, delivery, procedureCode } = parsed.data;
    const fields = Object.keys(form).length > 0 ? await forms.fieldsOf(procedureCode) : [];
    const issues = checkPlaces(fields, { applicant: { address: applicant.address ?? '' }, form, delivery }, 'accepted');
    if (issues.length > 0) return { error: placesRefused(issues) };
    const dossier: IncomingDossier = {
      code: key,
      procedureCode: parsed.data.procedureCode,
      bodyText,
      bodyHash: sha256(bodyText),
      dueDate: parsed.data.expectedResultDate,
      deliveryMethod: parsed.data.delivery.method,
    };
    return { dossier };
  }

  async function submitDossier(req: IncomingMessage, bodyText: string): Promise<HttpAnswer> {
    const token = bearer(req);
    const claimed = header(req, 'x-kiosk-id');
    // Bad input is answered only to a kiosk that authenticated: checked after, on the slow path.
    const input = await (async () => {
      try {
        return await incoming(header(req, 'idempotency-key'), bodyText);
      } catch (err) {
        if (err instanceof HttpAnswer) return { error: err };
        throw err;
      }
    })();
    // The usual case (a new dossier from a live kiosk) costs one statement; everything else two or three.
    if ('dossier' in input && claimed) {
      const created = await store.dossiers.receiveWithToken(hashToken(token), claimed, input.dossier, clock.now());
      if (created) {
        contacts.note(claimed);
        log.info('dossier received', { code: created.code, kiosk: claimed });
        return new HttpAnswer(201, created);
      }
    }
    const kiosk = await authenticate(req);
    if ('error' in input) return input.error;
    const outcome = await store.dossiers.receive(kiosk, input.dossier, clock.now());
    switch (outcome.kind) {
      case 'created':
        log.info('dossier received', { code: input.dossier.code, kiosk: kiosk.id });
        return new HttpAnswer(201, outcome.answer);
      case 'repeat':
        return new HttpAnswer(200, outcome.answer);
      case 'conflict':
        return outcome.reason === 'other-kiosk'
          ? fail(409, 'conflict', 'this dossier code was already used by another kiosk')
          : fail(422, 'conflict', 'this Idempotency-Key was used before with a different body');
      default: {
        const never: never = outcome;
        throw new Error(`unhandled outcome ${String(never)}`);
      }
    }
  }

  async function dossierStatus(req: IncomingMessage, code: string): Promise<HttpAnswer> {
    await authenticate(req);
    const answer = isValidDossierCode(code) ? await store.dossiers.status(code) : null;
    return answer ? new HttpAnswer(200, answer) : fail(404, 'not-found', 'no dossier with this code has reached the center');
  }

  /** `POST /api/v1/feedback` (docs/feedback.md): exactly once under its reference, like a dossier. */
  async function submitFeedback(req: IncomingMessage, bodyText: string): Promise<HttpAnswer> {
    const kiosk = await authenticate(req);
    const key = header(req, 'idempotency-key');
    if (!key) return fail(400, 'bad-request', 'Idempotency-Key is required');
    if (!isValidDossierCode(key)) return fail(422, 'bad-request', 'the Idempotency-Key is not a valid feedback reference');
    const parsed = CenterFeedbackBody.safeParse(parseJson(bodyText));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return fail(422, 'bad-request', `not a feedback: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim());
    }
    if (parsed.data.reference !== key) return fail(422, 'bad-request', 'the Idempotency-Key must be the reference');
    const subject = parsed.data.subject;
    const outcome = await store.feedback.receive(
      kiosk,
      {
        reference: key,
        subjectKind: subject.kind,
        procedureCode: subject.kind === 'procedure' ? subject.procedureCode : null,
        bodyText,
        bodyHash: sha256(bodyText),
      },
      clock.now(),
    );
    if (outcome.kind === 'conflict') {
      return outcome.reason === 'other-kiosk'
        ? fail(409, 'conflict', 'this reference was already used by another kiosk')
        : fail(422, 'conflict', 'this Idempotency-Key was used before with a different body');
    }
    // The subject kind only: the text, name and phone never reach a log.
    if (outcome.kind === 'created') log.info('feedback received', { reference: key, subject: subject.kind, kiosk: kiosk.id });
    return new HttpAnswer(outcome.kind === 'created' ? 201 : 200, outcome.answer);
  }

  async function feedbackStatus(req: IncomingMessage, reference: string): Promise<HttpAnswer> {
    await authenticate(req);
    const answer = isValidDossierCode(reference) ? await store.feedback.status(reference) : null;
    return answer ? new HttpAnswer(200, answer) : fail(404, 'not-found', 'no feedback with this reference has reached the center');
  }

  async function events(req: IncomingMessage, bodyText: string): Promise<HttpAnswer> {
    const kiosk = await authenticate(req);
    const key = header(req, 'idempotency-key');
    if (!key || key.length > 200) return fail(400, 'bad-request', 'Idempotency-Key is required (at most 200 characters)');
    const parsed = CenterEventsBody.safeParse(parseJson(bodyText));
    if (!parsed.success) return fail(422, 'bad-request', 'the body is not {events:[{id,type,occurredAt,data}]}');
    const outcome = await store.events.receive(kiosk, key, sha256(bodyText), parsed.data.events, clock.now());
    if (outcome.kind === 'conflict') return fail(422, 'conflict', 'this Idempotency-Key was used before with a different body');
    if (outcome.kind === 'created') {
      for (const e of parsed.data.events) {
        const report = kioskReportOf(e);
        if (report) await store.kiosks.report(kiosk.id, report, e.occurredAt);
      }
    }
    return new HttpAnswer(outcome.kind === 'created' ? 201 : 200, outcome.answer);
  }

  return { enrol, catalog, submitDossier, dossierStatus, submitFeedback, feedbackStatus, events, close: contacts.close };
}
