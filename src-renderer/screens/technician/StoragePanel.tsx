import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api-context';
import { usePolling } from './usePolling';

/** Bytes as a person reads them, in the screen's language: "1.2 GB", "350 MB". */
function formatBytes(bytes: number, language: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(language, { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: 1 }).format(
    value,
  );
}

/**
 * Where the kiosk writes: free space (a full disk means nothing new is kept, so it shows before
 * citizens are turned away) and any database set aside as damaged at a start.
 */
export function StoragePanel() {
  const { t, i18n } = useTranslation('technician');
  const api = useApi();
  const load = useCallback(() => api.call('technician.storage', {}), [api]);
  const { value: storage } = usePolling(load, 10_000);
  if (!storage) return null;
  return (
    <div data-testid="tech-storage">
      <p className={storage.low ? 'tech__error' : 'tech__field-hint'} data-testid="tech-storage-free">
        {t('home.storage', { free: formatBytes(storage.freeBytes, i18n.language), total: formatBytes(storage.totalBytes, i18n.language) })}
        {storage.low ? ` ${t('home.storageLow')}` : ''}
      </p>
      {storage.setAsideDatabases.map((path) => (
        <p key={path} className="tech__error" data-testid="tech-storage-set-aside">
          {t('home.setAside', { path })}
        </p>
      ))}
    </div>
  );
}
