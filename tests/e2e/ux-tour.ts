import type { Page } from 'playwright-core';
import { IDLE_COUNTDOWN_S } from '../../src-main/api/session-idle';
import type { Kiosk } from '../../src-main/core/kiosk/create-kiosk';
import { agreeToPrivacy } from '../support/e2e-fill';
import { enterStaffMode, tapTechnicianCorner, typePin } from '../support/pin-pad';

/** The PINs the tour sets before it starts, to reach the technician and staff screens. */
export const TOUR_TECH_PIN = '482913';
export const TOUR_STAFF_PIN = '736251';

/** From the ticket's list of services: the ticket for civil status. */
async function takeTicket(page: Page): Promise<void> {
  await page.getByTestId('service-civil-status').tap();
  await page.getByTestId('screen-ticket-issued').waitFor();
  // A waiting ticket asks no rating (docs/ux.md): the screen is whole once its Done shows.
  await page.getByTestId('ticket-done').waitFor();
}

async function staffHome(page: Page): Promise<void> {
  await enterStaffMode(page, TOUR_STAFF_PIN);
}

/**
 * Types into a field. Focusing it opens the on-screen keyboard as a tap does (KioskTextField), so
 * the tour's screens are the same without the tap, its checks and round trips, at each of the
 * dossier's twenty fields; typing by touch is tests/e2e/dossier*'s subject.
 */
async function fill(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).fill(text);
}

async function fillDate(page: Page, testId: string, [d, m, y]: readonly [string, string, string]): Promise<void> {
  await fill(page, `${testId}-day`, d);
  await fill(page, `${testId}-month`, m);
  await fill(page, `${testId}-year`, y);
}

/** The next step of the dossier form, once the current one is complete. */
async function dossierNext(page: Page, step: string): Promise<void> {
  await page.getByTestId('dossier-next').tap();
  await page.getByTestId(`dossier-step-${step}`).waitFor();
}

async function catalogSearch(page: Page): Promise<void> {
  await page.getByTestId('home-action-catalog').tap();
  await page.getByTestId('screen-catalog-search').waitFor();
}

/** A technician screen reached from the previous stop (already in technician mode). */
function technicianScreen(menuId: string, testId: string) {
  return async (page: Page) => {
    if (!(await page.getByTestId('screen-technician-home').isVisible())) {
      await page.getByTestId('nav-back').tap();
      await page.getByTestId('screen-technician-home').waitFor();
    }
    await page.getByTestId(`tech-menu-${menuId}`).tap();
    await page.getByTestId(testId).waitFor();
  };
}

/** From the technician's PIN pad: the technician's home. */
async function technicianPin(page: Page): Promise<void> {
  await typePin(page, TOUR_TECH_PIN);
  await page.getByTestId('screen-technician-home').waitFor();
}

async function technicianHome(page: Page): Promise<void> {
  await tapTechnicianCorner(page);
  await technicianPin(page);
}

/**
 * Every screen and overlay of the kiosk, and how a visitor (or a technician) gets there from the
 * home screen. A screen joins the accessibility and screenshot tour by adding a stop here.
 */
export interface TourStop {
  readonly name: string;
  /** Continue from the previous stop instead of starting again from a fresh home screen. */
  readonly continues?: boolean;
  /** `kiosk`: for what no screen does any more (a desk's Served is the counter console's). */
  open(page: Page, kiosk: Readonly<{ kiosk: Kiosk }>): Promise<void>;
}

export const TOUR: readonly TourStop[] = [
  { name: 'home', open: async (page) => void (await page.getByTestId('screen-home').waitFor()) },
  {
    name: 'language',
    continues: true,
    open: async (page) => {
      await page.getByTestId('nav-language').tap();
      await page.getByTestId('screen-language').waitFor();
    },
  },
  {
    name: 'help',
    open: async (page) => {
      await page.getByTestId('nav-help').tap();
      await page.getByTestId('help-dialog').waitFor();
    },
  },
  {
    name: 'high-contrast',
    open: async (page) => {
      await page.getByTestId('nav-help').tap();
      await page.getByTestId('toggle-high-contrast').tap();
      await page.getByTestId('help-close').tap();
      await page.getByTestId('home-action-ticket').tap();
      await takeTicket(page);
    },
  },
  {
    name: 'large-text',
    open: async (page) => {
      await page.getByTestId('nav-help').tap();
      await page.getByTestId('toggle-large-text').tap();
      await page.getByTestId('help-close').tap();
      await page.getByTestId('home-action-ticket').tap();
      await page.getByTestId('screen-ticket-services').waitFor();
    },
  },
  {
    name: 'ticket-services',
    open: async (page) => {
      await page.getByTestId('home-action-ticket').tap();
      await page.getByTestId('screen-ticket-services').waitFor();
    },
  },
  { name: 'ticket-issued', continues: true, open: takeTicket },
  {
    name: 'rating-thanks',
    continues: true,
    open: async (page, { kiosk }) => {
      // A ticket's rating is asked once it was served (docs/ux.md): the desk serves it, the screen follows.
      const number = await page.getByTestId('ticket-number').textContent();
      const ticket = kiosk.tickets.list().find((t) => t.number === number);
      kiosk.tickets.mark(ticket?.id ?? '', 'served');
      await page.getByTestId('rating-4').tap();
      await page.getByTestId('rating-done').waitFor();
    },
  },
  { name: 'catalog-search', open: catalogSearch },
  {
    name: 'catalog-keyboard',
    continues: true,
    open: async (page) => {
      await page.getByTestId('catalog-search-input').tap();
      await page.getByTestId('keyboard').waitFor();
      for (const key of ['k', 'h', 'a', 'i']) await page.locator(`[data-testid="keyboard"] [data-skbtn="${key}"]`).tap();
      await page.getByTestId('tone-picker').locator('button').first().waitFor();
    },
  },
  {
    name: 'catalog-field',
    open: async (page) => {
      await catalogSearch(page);
      await page.getByTestId('catalog-field-ho-tich').tap();
      await page.getByTestId('screen-catalog-field').waitFor();
    },
  },
  {
    name: 'catalog-procedure',
    continues: true,
    open: async (page) => {
      await page.getByTestId('catalog-result-1.001193').tap();
      await page.getByTestId('procedure-qr-image').waitFor();
    },
  },
  {
    // The birth registration dossier, started from its procedure; "next" with nothing filled in
    // shows every message at once.
    name: 'dossier-applicant-errors',
    open: async (page) => {
      await catalogSearch(page);
      await page.getByTestId('catalog-field-ho-tich').tap();
      await page.getByTestId('catalog-result-1.001193').tap();
      await page.getByTestId('procedure-action-dossier.start').tap();
      await agreeToPrivacy(page);
      await page.getByTestId('dossier-step-applicant').waitFor();
      await page.getByTestId('dossier-next').tap();
      await page.getByTestId('dossier-errors').waitFor();
    },
  },
  {
    name: 'dossier-form',
    continues: true,
    open: async (page) => {
      await fill(page, 'applicant-fullName', 'Lò Thị Mai');
      await fill(page, 'applicant-citizenId', '014195001234');
      await fillDate(page, 'applicant-dateOfBirth', ['2', '8', '1995']);
      await fill(page, 'applicant-phone', '0987 654 321');
      await fill(page, 'applicant-address', 'Bản Hua Păng, xã Chiềng Sơn, tỉnh Sơn La');
      await dossierNext(page, 'form');
    },
  },
  {
    name: 'dossier-documents',
    continues: true,
    open: async (page) => {
      await page.getByTestId('form-birthCase-chua-cha').tap();
      await fill(page, 'form-childName', 'Lò Văn Minh');
      await page.getByTestId('form-childGender-nam').tap();
      await fillDate(page, 'form-childBirthDate', ['10', '2', '2026']);
      await fill(page, 'form-childBirthPlace', 'Trạm y tế xã Chiềng Sơn, Xã Chiềng Sơn, Tỉnh Sơn La');
      await fill(page, 'form-childEthnicity', 'Thái');
      await page.getByTestId('form-relationship-me').tap();
      // The official form records the mother's ethnic group, nationality and residence.
      await fill(page, 'form-motherEthnicity', 'Thái');
      await fill(page, 'form-motherNationality', 'Việt Nam');
      await fill(page, 'form-motherAddress', 'Bản Hua Păng, Xã Chiềng Sơn, Tỉnh Sơn La');
      await dossierNext(page, 'documents');
    },
  },
  {
    name: 'dossier-delivery',
    continues: true,
    open: async (page) => {
      await page.getByTestId('document-0').tap();
      await page.getByTestId('document-1').tap();
      await dossierNext(page, 'delivery');
      await page.getByTestId('delivery-post').tap();
      await page.getByTestId('postal-street').waitFor();
    },
  },
  {
    name: 'dossier-review',
    continues: true,
    open: async (page) => {
      await fill(page, 'postal-street', 'Bản Hua Păng');
      await fill(page, 'postal-ward', 'Xã Chiềng Sơn');
      await fill(page, 'postal-province', 'Sơn La');
      await dossierNext(page, 'review');
    },
  },
  {
    name: 'dossier-receipt',
    continues: true,
    open: async (page) => {
      await page.getByTestId('dossier-submit').tap();
      await page.getByTestId('screen-dossier-receipt').waitFor();
      await page.getByTestId('dossier-qr').waitFor();
    },
  },
  {
    name: 'dossier-status',
    continues: true,
    open: async (page) => {
      await page.getByTestId('receipt-status').tap();
      await page.getByTestId('status-result').waitFor();
    },
  },
  {
    name: 'dossier-lookup',
    open: async (page) => {
      await page.getByTestId('home-action-dossier-status').tap();
      await page.getByTestId('screen-dossier-status').waitFor();
      await fill(page, 'status-input', 'K7Q2');
      await page.getByTestId('status-lookup').tap();
      await page.getByRole('alert').first().waitFor();
    },
  },
  {
    name: 'scan',
    open: async (page) => {
      await page.getByTestId('home-action-scan').tap();
      await page.getByTestId('screen-scan').waitFor();
    },
  },
  { name: 'staff-home', open: staffHome },
  {
    name: 'staff-queue',
    continues: true,
    open: async (page) => {
      await page.getByTestId('staff-open-queue').tap();
      await page.getByTestId('screen-staff-queue').waitFor();
    },
  },
  {
    name: 'technician-login',
    open: async (page) => {
      await tapTechnicianCorner(page);
      await page.getByTestId('login-pin').waitFor();
    },
  },
  { name: 'technician-home', continues: true, open: technicianPin },
  { name: 'technician-pins', continues: true, open: technicianScreen('pins', 'screen-technician-pins') },
  { name: 'technician-kiosk', continues: true, open: technicianScreen('kiosk', 'screen-technician-kiosk') },
  { name: 'technician-server', continues: true, open: technicianScreen('server', 'screen-technician-server') },
  {
    // Starts a group of the tour (TOUR_GROUPS): from a fresh home screen into technician mode.
    name: 'technician-devices',
    open: async (page) => {
      await technicianHome(page);
      await technicianScreen('devices', 'screen-technician-devices')(page);
    },
  },
  { name: 'technician-printer', continues: true, open: technicianScreen('printer', 'screen-technician-printer') },
  { name: 'technician-scanner', continues: true, open: technicianScreen('scanner', 'screen-technician-scanner') },
  { name: 'technician-card-reader', continues: true, open: technicianScreen('cardReader', 'screen-technician-card-reader') },
  {
    // Starts a group of the tour (TOUR_GROUPS): from a fresh home screen into technician mode.
    name: 'technician-outbox',
    open: async (page) => {
      await technicianHome(page);
      await technicianScreen('outbox', 'screen-technician-outbox')(page);
    },
  },
  { name: 'technician-catalog', continues: true, open: technicianScreen('catalog', 'screen-technician-catalog') },
  { name: 'technician-services', continues: true, open: technicianScreen('services', 'screen-technician-services') },
  { name: 'technician-logs', continues: true, open: technicianScreen('logs', 'screen-technician-logs') },
  { name: 'technician-settings', continues: true, open: technicianScreen('settings', 'screen-technician-settings') },
  {
    name: 'idle-countdown',
    open: async (page) => {
      await page.clock.runFor(61_000);
      await page.getByTestId('idle-overlay').waitFor();
    },
  },
  {
    // The question's countdown runs out: the visit ends, back to the welcome screen.
    name: 'attract',
    continues: true,
    open: async (page) => {
      await page.clock.runFor(IDLE_COUNTDOWN_S * 1000 + 1000);
      await page.getByTestId('screen-attract').waitFor();
    },
  },
];

/**
 * The tour in groups of screens, each group one test per language and orientation, so no test
 * holds minutes of work and the groups spread over files (two workers). A group starts at the
 * named stop (which must not `continue`) and runs to the next group's start: a stop added to
 * TOUR joins the group it lands in.
 */
const GROUP_STARTS = {
  'home-and-help': 'home',
  'display-aids': 'high-contrast',
  tickets: 'ticket-services',
  'catalog-search': 'catalog-search',
  'catalog-procedure': 'catalog-field',
  dossier: 'dossier-applicant-errors',
  'lookup-scan-staff': 'dossier-lookup',
  'technician-setup': 'technician-login',
  'technician-devices': 'technician-devices',
  'technician-data': 'technician-outbox',
  idle: 'idle-countdown',
} as const;

export type TourGroup = keyof typeof GROUP_STARTS;
export const TOUR_GROUP_NAMES = Object.keys(GROUP_STARTS) as TourGroup[];

function groupTour(stops: readonly TourStop[]): Record<TourGroup, TourStop[]> {
  const byStart = new Map<string, TourGroup>(TOUR_GROUP_NAMES.map((g) => [GROUP_STARTS[g], g]));
  const groups = Object.fromEntries(TOUR_GROUP_NAMES.map((g) => [g, [] as TourStop[]])) as Record<TourGroup, TourStop[]>;
  let current: TourGroup | undefined;
  for (const stop of stops) {
    current = byStart.get(stop.name) ?? current;
    if (!current) throw new Error(`tour stop ${stop.name} comes before the first group's start`);
    if (byStart.has(stop.name) && stop.continues) throw new Error(`tour stop ${stop.name} starts a group, so it cannot continue`);
    groups[current].push(stop);
  }
  for (const g of TOUR_GROUP_NAMES) if (groups[g].length === 0) throw new Error(`tour group ${g}: its start ${GROUP_STARTS[g]} is no stop`);
  return groups;
}

export const TOUR_GROUPS: Readonly<Record<TourGroup, readonly TourStop[]>> = groupTour(TOUR);
