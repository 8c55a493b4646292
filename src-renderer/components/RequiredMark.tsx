import { useTranslation } from 'react-i18next';

/** The one mark of a required field, wherever a label or legend names one: the words "(bắt buộc)". */
export function RequiredMark({ required }: { required?: boolean | undefined }) {
  const { t } = useTranslation();
  return required ? <span className="field__required">{t('field.required')}</span> : null;
}
