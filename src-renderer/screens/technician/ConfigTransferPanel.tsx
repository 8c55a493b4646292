import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api-context';
import { ApiCallError } from '../../api/api-error';
import { TouchButton } from '../../components/TouchButton';
import { useFormat } from '../../i18n/format';
import { UsbFolderPicker, useUsbFolder } from './UsbFolderPicker';

type Candidate = { path: string; name: string; bytes: number; modifiedAt: string };
type Outcome = { ok: boolean; text: string } | null;

/**
 * Cloning a kiosk's setup on site with a USB stick: write the settings to the drive here, read
 * them on the next kiosk. Applying asks once more, since it replaces the settings shown above.
 */
export function ConfigTransferPanel({ onImported }: { onImported(): void }) {
  const { t } = useTranslation('technician');
  const f = useFormat();
  const api = useApi();
  const folder = useUsbFolder();
  const dir = folder.dir;
  const [withToken, setWithToken] = useState(false);
  const [files, setFiles] = useState<Candidate[] | null>(null);
  const [chosen, setChosen] = useState<Candidate | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const failure = (err: unknown) => setOutcome({ ok: false, text: err instanceof ApiCallError ? err.message : t('common.failed') });

  const exportNow = async () => {
    setOutcome(null);
    try {
      const r = await api.call('config.exportFile', { dir: dir.trim(), includeSecrets: withToken });
      setOutcome({ ok: true, text: t('transfer.exported', { file: r.file }) });
    } catch (err) {
      failure(err);
    }
  };

  const look = async () => {
    setOutcome(null);
    setChosen(null);
    try {
      setFiles((await api.call('config.importCandidates', { dir: dir.trim() })).files);
    } catch (err) {
      setFiles(null);
      failure(err);
    }
  };

  const apply = async (file: Candidate) => {
    try {
      const r = await api.call('config.importFile', { path: file.path });
      setOutcome({ ok: true, text: t('transfer.imported', { count: r.applied.length, file: file.name }) });
      onImported();
    } catch (err) {
      failure(err);
    }
    setChosen(null);
  };

  const when = (iso: string) => f.dateTime(iso);

  return (
    <section className="tech__section" aria-labelledby="transfer-title" data-testid="config-transfer">
      <h2 id="transfer-title">{t('transfer.title')}</h2>
      <p className="tech__field-hint">{t('transfer.lead')}</p>
      <UsbFolderPicker folder={folder} idPrefix="transfer" />
      <div className="tech__actions">
        <TouchButton variant="primary" disabled={!dir.trim()} onClick={() => void exportNow()} data-testid="transfer-export">
          {t('transfer.export')}
        </TouchButton>
        <TouchButton
          aria-pressed={withToken}
          className="tech__choice"
          onClick={() => setWithToken((w) => !w)}
          data-testid="transfer-with-token"
        >
          {t('transfer.withToken')}
        </TouchButton>
        <TouchButton disabled={!dir.trim()} onClick={() => void look()} data-testid="transfer-look">
          {t('transfer.look')}
        </TouchButton>
      </div>
      {files && files.length === 0 ? <p>{t('transfer.noFiles')}</p> : null}
      {files && files.length > 0 && !chosen ? (
        <ul className="tech__list" data-testid="transfer-files">
          {files.map((f) => (
            <li key={f.path} className="tech__row">
              <div className="tech__row-main">
                <p className="tech__row-title tech__mono">{f.name}</p>
                <p className="tech__row-detail">{when(f.modifiedAt)}</p>
              </div>
              <TouchButton onClick={() => setChosen(f)} data-testid={`transfer-file-${f.name}`}>
                {t('transfer.choose')}
              </TouchButton>
            </li>
          ))}
        </ul>
      ) : null}
      {chosen ? (
        <div className="tech__confirm" role="alertdialog" aria-labelledby="transfer-confirm">
          <p id="transfer-confirm">{t('transfer.confirm', { file: chosen.name })}</p>
          <div className="tech__actions">
            <TouchButton variant="primary" onClick={() => void apply(chosen)} data-testid="transfer-apply">
              {t('transfer.apply')}
            </TouchButton>
            <TouchButton variant="ghost" onClick={() => setChosen(null)}>
              {t('common.cancel')}
            </TouchButton>
          </div>
        </div>
      ) : null}
      {outcome ? (
        <p className={outcome.ok ? 'tech__ok' : 'tech__error'} role="status" data-testid="transfer-result">
          {outcome.text}
        </p>
      ) : null}
    </section>
  );
}
