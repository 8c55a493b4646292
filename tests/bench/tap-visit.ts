import { byTestId, shown, type TapProbe, type TapTiming } from './tap-probe';

/** "khai sinh" on the on-screen keys, as bench:ui types it. */
const QUERY = ['k', 'h', 'a', 'i', '{space}', 's', 'i', 'n', 'h'];
const PROCEDURE = '1.001193';
const SERVICE = 'civil-status';

const key = (k: string) => `[data-testid="keyboard"] [data-skbtn="${k}"]`;
const fieldValue = (testId: string) => `document.querySelector(${JSON.stringify(byTestId(testId))})?.value`;
/** A new screen is drawn when its mark is on screen and the old one's is gone. */
const replaced = (to: string, from: string) => `${shown(to)} && !${shown(from)}`;

export interface VisitHooks {
  /** Called just before the ticket tap; returns when the ticket's first byte reached the printer (wall clock, ms). */
  armPrinter(): () => Promise<number>;
  /** Resolves once a page more has been cut than when it was called: the dossier receipt printed. */
  nextCutPage(): () => Promise<void>;
}

async function fill(probe: TapProbe, testId: string, text: string): Promise<void> {
  await probe.tap(byTestId(testId));
  await probe.waitFor(`document.activeElement === document.querySelector(${JSON.stringify(byTestId(testId))})`, `${testId} focused`);
  await probe.type(text);
  await probe.waitFor(`${fieldValue(testId)} === ${JSON.stringify(text)}`, `${testId} holds what was typed`);
}

/** A radio or checkbox label: tapped, and seen checked before going on. */
async function choose(probe: TapProbe, testId: string): Promise<void> {
  await probe.tap(byTestId(testId));
  await probe.waitFor(`document.querySelector(${JSON.stringify(`${byTestId(testId)} input`)})?.checked === true`, `${testId} chosen`);
}

async function fillDate(probe: TapProbe, testId: string, d: string, m: string, y: string): Promise<void> {
  await fill(probe, `${testId}-day`, d);
  await fill(probe, `${testId}-month`, m);
  await fill(probe, `${testId}-year`, y);
}

/**
 * One scripted citizen visit, timed tap by tap: home → search → the query on the on-screen keys
 * → a procedure → back → the procedure again → every step of its dossier → the receipt (printed)
 * → home → take a ticket (printed) → home. Form fields that are not under test are typed as one
 * IME insertion each; every tap is a real touch at the middle of what a finger would press.
 */
export async function tapVisit(
  probe: TapProbe,
  record: (kind: string, timing: TapTiming) => void,
  hooks: VisitHooks,
): Promise<{ ticketToFirstByteMs: number }> {
  const screen = async (kind: string, selector: string, state: string) => {
    record(`screen:${kind}`, await probe.timedTap(selector, state));
  };
  if (await probe.evaluate<boolean>(shown('screen-attract'))) await probe.tap(byTestId('attract-language-vi'));
  await probe.waitFor(shown('screen-home'), 'the home screen');

  await screen('search', byTestId('home-action-catalog'), replaced('catalog-search-input', 'screen-home'));
  await screen('keyboard', byTestId('catalog-search-input'), shown('keyboard'));
  let typed = '';
  for (const k of QUERY) {
    typed += k === '{space}' ? ' ' : k;
    record('key', await probe.timedTap(key(k), `${fieldValue('catalog-search-input')} === ${JSON.stringify(typed)}`));
  }
  const result = `catalog-result-${PROCEDURE}`;
  // A citizen taps a result once the list has settled on the whole query, not while an earlier
  // answer is still being replaced (a list changing under the finger opened another procedure).
  await probe.waitFor(
    `document.querySelector('[aria-labelledby="catalog-results-title"]')?.getAttribute('aria-busy') === 'false'`,
    'the results of the whole query',
  );
  // A procedure is drawn when its papers are, not its "loading" title (same test id).
  const procedureShown = replaced('procedure-documents', 'catalog-search-input');
  await screen('procedure', byTestId(result), procedureShown);
  await screen('back', byTestId('nav-back'), `${shown(result)} && !${shown('screen-catalog-procedure')}`);
  await screen('procedure', byTestId(result), procedureShown);

  await screen('dossier-consent', byTestId('procedure-action-dossier.start'), shown('consent-notice'));
  await screen('dossier-applicant', byTestId('consent-agree'), shown('dossier-step-applicant'));
  await fill(probe, 'applicant-fullName', 'Lò Thị Mai');
  await fill(probe, 'applicant-citizenId', '014195001234');
  await fillDate(probe, 'applicant-dateOfBirth', '2', '8', '1995');
  await fill(probe, 'applicant-phone', '0987 654 321');
  await fill(probe, 'applicant-address', 'Bản Hua Păng, xã Chiềng Sơn, tỉnh Sơn La');
  await screen('dossier-form', byTestId('dossier-next'), replaced('dossier-step-form', 'dossier-step-applicant'));
  await choose(probe, 'form-birthCase-chua-cha');
  await fill(probe, 'form-childName', 'Lò Văn Minh');
  await choose(probe, 'form-childGender-nam');
  await fillDate(probe, 'form-childBirthDate', '10', '2', '2026');
  await fill(probe, 'form-childBirthPlace', 'Trạm y tế xã Chiềng Sơn, Xã Chiềng Sơn, Tỉnh Sơn La');
  await fill(probe, 'form-childEthnicity', 'Thái');
  await choose(probe, 'form-relationship-me');
  // "Mẹ" copied her nationality (she holds a citizen ID card) and residence; her ethnic group is typed.
  await probe.waitFor(`${fieldValue('form-motherNationality')} === 'Việt Nam' && !!${fieldValue('form-motherAddress')}`, 'mother copied');
  await fill(probe, 'form-motherEthnicity', 'Thái');
  await screen('dossier-documents', byTestId('dossier-next'), replaced('dossier-step-documents', 'dossier-step-form'));
  await choose(probe, 'document-0');
  await choose(probe, 'document-1');
  await screen('dossier-delivery', byTestId('dossier-next'), replaced('dossier-step-delivery', 'dossier-step-documents'));
  await choose(probe, 'delivery-post');
  // The postal address starts from the applicant's (street, today's ward and province): seen, not retyped.
  await probe.waitFor(
    `${fieldValue('postal-street')} === 'Bản Hua Păng' && ${fieldValue('postal-ward')} === 'Xã Chiềng Sơn' && ${fieldValue('postal-province')} === 'Tỉnh Sơn La'`,
    'postal address from the applicant',
  );
  await screen('dossier-review', byTestId('dossier-next'), replaced('dossier-step-review', 'dossier-step-delivery'));
  const receiptPrinted = hooks.nextCutPage();
  await screen('dossier-receipt', byTestId('dossier-submit'), shown('screen-dossier-receipt'));
  await receiptPrinted();
  await screen('home', byTestId('receipt-done'), replaced('screen-home', 'screen-dossier-receipt'));

  await screen('ticket-services', byTestId('home-action-ticket'), replaced('screen-ticket-services', 'screen-home'));
  const firstByte = hooks.armPrinter();
  const ticket = await probe.timedTap(byTestId(`service-${SERVICE}`), shown('ticket-number'));
  record('screen:ticket-issued', ticket);
  const ticketToFirstByteMs = (await firstByte()) - ticket.inputEpochMs;
  await probe.waitFor(`document.querySelector('[data-testid="print-status"]')?.dataset.state === 'printed'`, 'the ticket printed');
  await screen('home', byTestId('ticket-done'), replaced('screen-home', 'ticket-card'));
  return { ticketToFirstByteMs };
}
