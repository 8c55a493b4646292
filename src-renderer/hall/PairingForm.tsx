import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HallDeviceKind } from '../../src-main/api/hall';
import { TouchButton } from '../components/TouchButton';
import { HallField } from './HallField';
import { type HallClient, HallError } from './hall-client';

/**
 * First visit of a counter or display page: the technician types the 6-digit code from the
 * technician screen, and the page keeps the device token it receives.
 */
export function PairingForm({ client, kind, onPaired }: Readonly<{ client: HallClient; kind: HallDeviceKind; onPaired(): void }>) {
  const { t } = useTranslation('hall');
  const [code, setCode] = useState('');
  const [name, setName] = useState(() => t(kind === 'display' ? 'pair.defaultDisplay' : 'pair.defaultCounter'));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await client.pair(code, kind, name.trim() || kind);
      onPaired();
    } catch (err) {
      setError(
        err instanceof HallError && err.code === 'unauthorized' ? t('pair.wrong') : t('pair.failed', { message: (err as Error).message }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="hall-pair" onSubmit={submit} data-testid="hall-pair">
      <h1>{t(kind === 'display' ? 'pair.titleDisplay' : 'pair.titleCounter')}</h1>
      <p>{t('pair.intro')}</p>
      <HallField
        label={t('pair.code')}
        name="code"
        inputMode="numeric"
        autoComplete="off"
        pattern="\d{6}"
        maxLength={6}
        required
        value={code}
        onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
      />
      <HallField label={t('pair.name')} name="name" maxLength={60} value={name} onChange={(e) => setName(e.target.value)} />
      {error ? (
        <p className="hall-error" role="alert">
          {error}
        </p>
      ) : null}
      <TouchButton type="submit" variant="primary" disabled={busy || code.length !== 6}>
        {t('pair.submit')}
      </TouchButton>
    </form>
  );
}
