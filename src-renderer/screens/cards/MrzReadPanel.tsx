import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChipReadOutcome } from '../../../src-main/api/channels/cards';
import { useApi } from '../../api/api-context';
import { ApiCallError } from '../../api/api-error';
import { KioskTextField } from '../../components/keyboard';
import { TouchButton } from '../../components/TouchButton';

/**
 * A technician's check of a card whose QR cannot give the key (unreadable QR, unusual expiry):
 * the MRZ typed from the back of the card opens the chip. Only the outcome is shown here, never
 * the holder's data.
 */
export function MrzReadPanel() {
  const { t } = useTranslation('cards');
  const api = useApi();
  const [mrz, setMrz] = useState('');
  const [reading, setReading] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  const describe = (o: ChipReadOutcome) =>
    o.ok
      ? { ok: o.verified, text: t(o.verified ? 'tech.outcome.verified' : 'tech.outcome.not-verified') }
      : { ok: false, text: t(`tech.outcome.${o.reason}`) };

  const read = async () => {
    setReading(true);
    setOutcome(null);
    try {
      setOutcome(describe(await api.call('cards.readMrz', { mrz })));
    } catch (err) {
      setOutcome({
        ok: false,
        text: err instanceof ApiCallError && err.code === 'bad-request' ? t('tech.mrzInvalid') : t('tech.loadFailed'),
      });
    } finally {
      setReading(false);
    }
  };

  return (
    <section className="tech__section" aria-labelledby="chip-mrz">
      <h2 id="chip-mrz">{t('tech.mrzTitle')}</h2>
      <KioskTextField
        label={t('tech.mrzLabel')}
        hint={t('tech.mrzHint')}
        value={mrz}
        onChange={setMrz}
        mode="latin"
        autoCapitalize="none"
        maxLength={120}
        multiline
        testId="chip-mrz"
      />
      <TouchButton variant="primary" onClick={() => void read()} disabled={reading || mrz.trim() === ''} data-testid="chip-mrz-read">
        {reading ? t('tech.mrzReading') : t('tech.mrzRead')}
      </TouchButton>
      {outcome ? (
        <p className={outcome.ok ? 'tech__field-hint' : 'tech__error'} role="status" data-testid="chip-mrz-outcome" data-ok={outcome.ok}>
          {outcome.text}
        </p>
      ) : null}
    </section>
  );
}
