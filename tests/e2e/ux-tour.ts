import type { Page } from 'playwright-core';

/** The technician PIN the tour sets before it starts, to reach the technician screens. */
export const TOUR_TECH_PIN = '482913';

async function tapTechnicianCorner(page: Page): Promise<void> {
  for (let i = 0; i < 5; i++) await page.touchscreen.tap(30, 30);
}

async function typePin(page: Page, pad: string, pin: string): Promise<void> {
  for (const d of pin) await page.getByTestId(`${pad}-key-${d}`).tap();
  await page.getByTestId(`${pad}-ok`).tap();
}

async function issueTicket(page: Page): Promise<void> {
  await page.getByTestId('home-action-ticket').tap();
  await page.getByTestId('service-civil-status').tap();
  await page.getByTestId('screen-ticket-issued').waitFor();
  await page.getByTestId('rating').waitFor();
}

async function technicianHome(page: Page): Promise<void> {
  await tapTechnicianCorner(page);
  await typePin(page, 'login-pin', TOUR_TECH_PIN);
  await page.getByTestId('screen-technician-home').waitFor();
}

/**
 * Every screen and overlay of the kiosk, and how a visitor (or a technician) gets there from the
 * home screen. A screen joins the accessibility and screenshot tour by adding a stop here.
 */
export const TOUR: readonly { name: string; open(page: Page): Promise<void> }[] = [
  { name: 'home', open: async (page) => void (await page.getByTestId('screen-home').waitFor()) },
  {
    name: 'language',
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
      await issueTicket(page);
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
  { name: 'ticket-issued', open: issueTicket },
  {
    name: 'rating-thanks',
    open: async (page) => {
      await issueTicket(page);
      await page.getByTestId('rating-4').tap();
      await page.getByTestId('rating-done').waitFor();
    },
  },
  {
    name: 'technician-login',
    open: async (page) => {
      await tapTechnicianCorner(page);
      await page.getByTestId('login-pin').waitFor();
    },
  },
  { name: 'technician-home', open: technicianHome },
  {
    name: 'technician-pins',
    open: async (page) => {
      await technicianHome(page);
      await page.getByTestId('tech-menu-pins').tap();
      await page.getByTestId('screen-technician-pins').waitFor();
    },
  },
  {
    name: 'idle-countdown',
    open: async (page) => {
      await page.clock.runFor(61_000);
      await page.getByTestId('idle-overlay').waitFor();
    },
  },
  {
    name: 'attract',
    open: async (page) => {
      await page.clock.runFor(82_000);
      await page.getByTestId('screen-attract').waitFor();
    },
  },
];
