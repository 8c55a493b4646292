import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportTarget } from '../../../src-main/api/channels/logs';
import { useApi } from '../../api/api-context';
import { KioskTextField } from '../../components/keyboard';
import { TouchButton } from '../../components/TouchButton';
import { TechIcon } from './TechIcon';

/** The USB drives mounted now and the folder chosen; the first drive found is chosen until the technician picks. */
export function useUsbFolder() {
  const api = useApi();
  const [drives, setDrives] = useState<ExportTarget[]>([]);
  const [dir, setDir] = useState('');
  const findDrives = useCallback(() => {
    api.call('logs.exportTargets', {}).then(
      (r) => {
        setDrives(r.targets);
        setDir((d) => d || (r.targets[0]?.path ?? ''));
      },
      () => undefined,
    );
  }, [api]);
  useEffect(findDrives, [findDrives]);
  return { drives, dir, setDir, findDrives };
}

export type UsbFolder = ReturnType<typeof useUsbFolder>;

/**
 * A button per drive, a "find drives" button for a stick plugged in after the screen opened, and
 * the folder itself, typed when the drive is not listed. `children` sit beside the folder field.
 */
export function UsbFolderPicker({ folder, idPrefix, children }: { folder: UsbFolder; idPrefix: string; children?: ReactNode }) {
  const { t } = useTranslation('technician');
  const field = (
    <KioskTextField
      id={`${idPrefix}-dir`}
      testId={`${idPrefix}-dir`}
      className="tech__mono"
      label={t('logs.folder')}
      mode="latin"
      maxLength={1024}
      value={folder.dir}
      onChange={folder.setDir}
    />
  );
  return (
    <>
      <div className="tech__choices">
        {folder.drives.map((d) => (
          <TouchButton
            key={d.path}
            className="tech__choice"
            aria-pressed={folder.dir === d.path}
            onClick={() => folder.setDir(d.path)}
            data-testid={`${idPrefix}-drive-${d.label}`}
          >
            <TechIcon name="usb" size={28} /> {d.label}
          </TouchButton>
        ))}
        <TouchButton variant="ghost" onClick={folder.findDrives} data-testid={`${idPrefix}-drives-refresh`}>
          <TechIcon name="refresh" size={28} /> {t('logs.findDrives')}
        </TouchButton>
      </div>
      <div className="tech__field">
        {children ? (
          <div className="tech__inline">
            {field}
            {children}
          </div>
        ) : (
          field
        )}
      </div>
    </>
  );
}
