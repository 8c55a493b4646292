import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LogLevel, LogLine } from '../../../src-main/api/channels/logs';
import { useApi } from '../../api/api-context';
import { ApiCallError } from '../../api/api-error';
import { TouchButton } from '../../components/TouchButton';
import { TechIcon } from './TechIcon';
import { TechnicianFrame } from './TechnicianFrame';
import { UsbFolderPicker, useUsbFolder } from './UsbFolderPicker';

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

type ExportState =
  | { state: 'idle' }
  | { state: 'busy' }
  | { state: 'done'; file: string; lines: number }
  | { state: 'failed'; reason: string };

function LogRow({ line }: { line: LogLine }) {
  const time = line.time.replace('T', ' ').replace(/\.\d+Z$/, 'Z');
  return (
    <li className={`tech-log tech-log--${line.level}`}>
      <span className="tech-log__meta">
        {time} · {line.level.toUpperCase()} · {line.module}
        {line.correlationId ? ` · ${line.correlationId.slice(0, 8)}` : ''}
      </span>
      <span className="tech-log__msg">
        {line.msg}
        {line.data ? ` ${JSON.stringify(line.data)}` : ''}
      </span>
    </li>
  );
}

/** The newest lines first, a level filter, and a copy of every log file to a USB drive. */
export function LogsScreen() {
  const { t } = useTranslation('technician');
  const api = useApi();
  const [level, setLevel] = useState<LogLevel>('info');
  const [lines, setLines] = useState<LogLine[] | null>(null);
  const [failed, setFailed] = useState(false);
  const folder = useUsbFolder();
  const dir = folder.dir;
  const [exported, setExported] = useState<ExportState>({ state: 'idle' });

  const load = useCallback(() => {
    setFailed(false);
    api.call('logs.tail', { minLevel: level }).then(
      (r) => setLines([...r.lines].reverse()),
      () => setFailed(true),
    );
  }, [api, level]);
  useEffect(load, [load]);

  const exportNow = async () => {
    setExported({ state: 'busy' });
    try {
      const r = await api.call('logs.export', { dir: dir.trim() });
      setExported({ state: 'done', file: r.file, lines: r.lines });
    } catch (err) {
      setExported({ state: 'failed', reason: err instanceof ApiCallError ? err.message : t('common.failed') });
    }
  };

  return (
    <TechnicianFrame title={t('logs.title')} testId="screen-technician-logs">
      <section className="tech__section" aria-labelledby="logs-export">
        <h2 id="logs-export">{t('logs.export')}</h2>
        <p className="tech__field-hint">{folder.drives.length > 0 ? t('logs.drivesFound') : t('logs.noDrives')}</p>
        <UsbFolderPicker folder={folder} idPrefix="logs">
          <TouchButton
            variant="primary"
            onClick={() => void exportNow()}
            disabled={dir.trim() === '' || exported.state === 'busy'}
            data-testid="logs-export"
          >
            {exported.state === 'busy' ? t('logs.exporting') : t('logs.exportNow')}
          </TouchButton>
        </UsbFolderPicker>
        <p role="status" data-testid="logs-export-result">
          {exported.state === 'done' ? (
            <span className="tech__ok">{t('logs.exported', { count: exported.lines, file: exported.file })}</span>
          ) : null}
          {exported.state === 'failed' ? <span className="tech__error">{exported.reason}</span> : null}
        </p>
      </section>

      <section className="tech__section" aria-labelledby="logs-lines">
        <h2 id="logs-lines">{t('logs.latest')}</h2>
        <div className="tech__choices">
          {LEVELS.map((l) => (
            <TouchButton
              key={l}
              className="tech__choice"
              aria-pressed={level === l}
              onClick={() => setLevel(l)}
              data-testid={`logs-level-${l}`}
            >
              {t(`logs.levels.${l}`)}
            </TouchButton>
          ))}
          <TouchButton variant="ghost" onClick={load} data-testid="logs-refresh">
            <TechIcon name="refresh" size={28} /> {t('logs.refresh')}
          </TouchButton>
        </div>
        {failed ? <p className="tech__error">{t('common.failed')}</p> : null}
        {lines && lines.length === 0 ? <p>{t('logs.empty')}</p> : null}
        {lines && lines.length > 0 ? (
          <ol className="tech-logs tech__mono" data-testid="logs-lines" data-count={lines.length}>
            {lines.map((line, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines have no id; the list is replaced whole on refresh
              <LogRow key={i} line={line} />
            ))}
          </ol>
        ) : null}
      </section>
    </TechnicianFrame>
  );
}
