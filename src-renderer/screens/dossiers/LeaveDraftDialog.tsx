import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/Modal';
import { TouchButton } from '../../components/TouchButton';

/**
 * "Bỏ hồ sơ đang khai?": asked when the citizen leaves a form they have started. Keeping leaves
 * the draft for later in this visit (it goes at submission or the idle reset); discarding wipes
 * it; closing the dialog returns to the form.
 */
export function LeaveDraftDialog({ onKeep, onDiscard, onStay }: { onKeep: () => void; onDiscard: () => void; onStay: () => void }) {
  const { t } = useTranslation('dossiers');
  return (
    <Modal title={t('leave.title')} role="alertdialog" onClose={onStay} testId="dossier-leave" describedBy="dossier-leave-text">
      <p id="dossier-leave-text" className="modal__text">
        {t('leave.text')}
      </p>
      <div className="modal__actions">
        <TouchButton variant="primary" size="large" icon="check" onClick={onKeep} data-autofocus data-testid="dossier-leave-keep">
          {t('leave.keep')}
        </TouchButton>
        <TouchButton variant="danger" size="large" onClick={onDiscard} data-testid="dossier-leave-discard">
          {t('leave.discard')}
        </TouchButton>
        <TouchButton variant="ghost" size="large" onClick={onStay} data-testid="dossier-leave-stay">
          {t('leave.stay')}
        </TouchButton>
      </div>
    </Modal>
  );
}
