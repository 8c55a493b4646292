import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { CatalogEntry, type StaffView } from '../../src-main/api/center/office';
import { errorMessage } from '../../src-main/api/error-message';
import { OfficeTable } from './OfficeTable';
import { officeCall } from './office-api';
import { formatTime } from './office-i18n';
import { useLoad } from './use-load';

/** Import the province's procedure list (checked like the kiosk checks it) and publish one version to every kiosk. */
export function CatalogScreen({ me }: { me: StaffView }) {
  const { t } = useTranslation();
  const { value: list, reload } = useLoad(
    () => (me.role === 'admin' ? officeCall('GET', 'catalogs', z.array(CatalogEntry)) : Promise.resolve([])),
    me.role,
  );
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  if (me.role !== 'admin') return <p>{t('catalog.adminOnly')}</p>;
  return (
    <section aria-labelledby="catalog-title">
      <h1 id="catalog-title">{t('catalog.title')}</h1>
      <p className="office-sub">{t('catalog.import')}</p>
      {/* The browser's own file button speaks its language, not the clerk's: this one is ours. */}
      <label className="office-file">
        <span className="office-file__button">{t('catalog.choose')}</span>
        <input
          className="office-visually-hidden"
          type="file"
          accept="application/json,.json"
          data-testid="catalog-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            // Choosing the same file again (after fixing it) must import again.
            e.target.value = '';
            if (!file) return;
            void file.text().then((text) =>
              officeCall('POST', 'catalogs', CatalogEntry, text).then(
                (c) => {
                  setMessage({ ok: true, text: t('catalog.imported', { version: c.version, count: c.procedures }) });
                  reload();
                },
                (err: unknown) => setMessage({ ok: false, text: errorMessage(err) }),
              ),
            );
          }}
        />
      </label>
      {message ? (
        <p className={message.ok ? 'office-ok' : 'office-error'} role="status" data-testid="catalog-message">
          {message.text}
        </p>
      ) : null}
      <OfficeTable
        rows={list}
        empty={t('catalog.empty')}
        testId="catalog-table"
        headers={[t('catalog.version'), t('catalog.procedures'), t('catalog.importedAt'), t('catalog.importedBy'), '']}
        row={(c) => (
          <tr key={c.etag} data-testid={`catalog-row-${c.version}`} data-live={c.live}>
            <td>{c.version}</td>
            <td>{c.procedures}</td>
            <td>{formatTime(c.importedAt)}</td>
            <td>{c.importedBy}</td>
            <td>
              {c.live ? (
                <strong className="office-live">{t('catalog.live')}</strong>
              ) : (
                <button
                  type="button"
                  data-testid={`catalog-publish-${c.version}`}
                  onClick={() => {
                    if (!window.confirm(t('catalog.confirmPublish', { version: c.version, count: c.procedures }))) return;
                    officeCall('POST', `catalogs/${c.etag.slice(1, -1)}/publish`, z.unknown()).then(
                      () => {
                        setMessage({ ok: true, text: t('catalog.published', { version: c.version }) });
                        reload();
                      },
                      (err: unknown) => setMessage({ ok: false, text: errorMessage(err) }),
                    );
                  }}
                >
                  {t('catalog.publish')}
                </button>
              )}
            </td>
          </tr>
        )}
      />
    </section>
  );
}
