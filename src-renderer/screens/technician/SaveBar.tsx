import { useTranslation } from 'react-i18next';
import { TouchButton } from '../../components/TouchButton';
import type { SaveState } from './useConfig';

/** Save, and what became of the last save, in one place at the bottom of a settings screen. */
export function SaveBar({ dirty, blocked = false, save, onSave }: { dirty: boolean; blocked?: boolean; save: SaveState; onSave(): void }) {
  const { t } = useTranslation('technician');
  return (
    <div className="tech__savebar">
      <TouchButton
        variant="primary"
        size="large"
        onClick={onSave}
        disabled={!dirty || blocked || save.state === 'saving'}
        data-testid="tech-save"
      >
        {save.state === 'saving' ? t('common.saving') : t('common.save')}
      </TouchButton>
      <p className="tech__savebar-status" role="status" data-testid="tech-save-status">
        {save.state === 'saved' && !dirty ? <span className="tech__ok">{t('common.saved')}</span> : null}
        {save.state === 'refused' ? <span className="tech__error">{t('common.refused', { reason: save.reason })}</span> : null}
        {dirty && save.state !== 'refused' ? t('common.unsaved') : null}
      </p>
    </div>
  );
}
