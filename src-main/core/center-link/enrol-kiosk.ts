import { EnrolAnswer } from '../../api/center/center-wire';
import { errorMessage } from '../../api/error-message';
import { ApiError } from '../../api/errors';
import type { ConfigStore } from '../config/config-store';
import { endpointUrl } from '../outbox/center-client';
import type { FetchFn } from '../system/fetch-fn';

/**
 * Trades a one-time enrolment code from the center's back office for this kiosk's own token, and
 * stores the server address and token in the settings (the token is a secret setting: masked in
 * exports and logs). Nothing is changed unless the center says yes.
 */
export async function enrolKiosk(
  deps: Readonly<{ fetch: FetchFn; config: ConfigStore; kioskId: string }>,
  serverUrl: string,
  code: string,
): Promise<{ communeId: string }> {
  const url = deps.config.validate('server.url', serverUrl).value as string;
  if (!url) throw new ApiError('bad-request', 'give the center address, for example https://center.example.vn');
  let res: Response;
  try {
    res = await deps.fetch(endpointUrl(url, '/api/v1/enrol'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ code, kioskId: deps.kioskId }),
      redirect: 'manual',
      signal: AbortSignal.timeout(15_000),
    });
  } catch (err) {
    throw new ApiError('unavailable', `the center did not answer: ${errorMessage(err)}`);
  }
  const text = await res.text();
  if (res.status !== 201) {
    let message = text.slice(0, 200);
    try {
      message = (JSON.parse(text) as { error?: { message?: string } }).error?.message ?? message;
    } catch {
      // not JSON: keep the text
    }
    throw new ApiError(res.status === 403 || res.status === 409 ? 'forbidden' : 'unavailable', `the center refused: ${message}`);
  }
  let parsed: ReturnType<typeof EnrolAnswer.safeParse>;
  try {
    parsed = EnrolAnswer.safeParse(JSON.parse(text));
  } catch {
    throw new ApiError('unavailable', 'the center answered with something that is not JSON');
  }
  if (!parsed.success || parsed.data.kioskId !== deps.kioskId)
    throw new ApiError('unavailable', 'the center answered with something unexpected');
  deps.config.setMany({ 'server.url': url, 'server.token': parsed.data.token });
  return { communeId: parsed.data.communeId };
}
