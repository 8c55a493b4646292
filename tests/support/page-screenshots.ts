import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { type Orientation, SCREENSHOT_DIR } from './browser';

/**
 * `saveScreenshot` for a page that takes many pictures (the accessibility tour: one per screen,
 * language and orientation): the same PNG at the same path, through one DevTools session kept
 * for the page's life instead of a session opened and closed around each picture, which was
 * about a third of a picture's CPU.
 */
export function screenshotsOf(page: Page): (name: string, orientation: Orientation) => Promise<string> {
  let session: Promise<CDPSession> | undefined;
  return async (name, orientation) => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const path = join(SCREENSHOT_DIR, `${name}-${orientation.name}.png`);
    session ??= page.context().newCDPSession(page);
    const { data } = await (await session).send('Page.captureScreenshot', { format: 'png', optimizeForSpeed: true });
    writeFileSync(path, Buffer.from(data, 'base64'));
    return path;
  };
}
