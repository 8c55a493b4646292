import type { CDPSession } from 'playwright-core';

/**
 * Runs an expression in the page through a bare DevTools `Runtime.evaluate` and returns its
 * (awaited) value. Playwright's own waits and locators inject its helper script into the page,
 * which took 60–90 ms of the main thread in a Chromium trace: a measurement must not pay for it.
 */
export async function evaluateBare<T>(cdp: CDPSession, expression: string): Promise<T> {
  const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', {
    expression,
    awaitPromise: true,
    returnByValue: true,
  })) as { result: { value?: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
  if (exceptionDetails) throw new Error(`in the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value as T;
}
