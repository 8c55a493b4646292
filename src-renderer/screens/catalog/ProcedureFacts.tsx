import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Procedure } from '../../../src-main/api/channels/catalog';
import { CatalogIcon, type CatalogIconName } from './catalog-icons';
import { onlineFact } from './online-fact';
import { useLocalized } from './useLocalized';

function Fact({ icon, label, children, testId }: { icon: CatalogIconName; label: string; children: ReactNode; testId: string }) {
  return (
    <div className="fact" data-testid={testId}>
      <span className="fact__icon">
        <CatalogIcon name={icon} size={44} />
      </span>
      <div className="fact__body">
        <h3 className="fact__label">{label}</h3>
        <div className="fact__value">{children}</div>
      </div>
    </div>
  );
}

/** Time, fee, where to go and whether it can be done online: what people ask first, at a glance. */
export function ProcedureFacts({ procedure: p }: { procedure: Procedure }) {
  const { t, i18n } = useTranslation('catalog');
  const { text, lang } = useLocalized();
  const money = new Intl.NumberFormat(i18n.language, { style: 'currency', currency: 'VND', maximumFractionDigits: 0 });
  const askDesk = <span className="fact__unknown">{t('procedure.askDesk')}</span>;
  return (
    <div className="facts">
      <Fact icon="clock" label={t('procedure.time')} testId="procedure-time">
        {p.processingTime ? <span lang={lang(p.processingTime.text)}>{text(p.processingTime.text)}</span> : askDesk}
      </Fact>
      <Fact icon="money" label={t('procedure.fee')} testId="procedure-fee">
        {!p.fee ? (
          askDesk
        ) : (
          <>
            {p.fee.free ? <strong>{t('procedure.free')}</strong> : null}
            {p.fee.items.map((item) => {
              const amount =
                item.amountVnd === undefined ? null : item.amountVnd === 0 ? t('procedure.free') : money.format(item.amountVnd);
              return (
                <p key={item.label.vi} className="fact__line" lang={lang(item.label)}>
                  {text(item.label)}: {amount ? <strong>{amount}</strong> : null}
                  {item.note ? ` ${amount ? `(${text(item.note)})` : text(item.note)}` : null}
                </p>
              );
            })}
            {p.fee.note ? (
              <p className="fact__line fact__muted" lang={lang(p.fee.note)}>
                {text(p.fee.note)}
              </p>
            ) : null}
          </>
        )}
      </Fact>
      <Fact icon="place" label={t('procedure.where')} testId="procedure-where">
        {p.agency ? <span lang={lang(p.agency)}>{text(p.agency)}</span> : askDesk}
        <p className="fact__line fact__muted">
          {t('procedure.channelsLabel', { list: p.submission.channels.map((c) => t(`procedure.channels.${c}`)).join(', ') })}
        </p>
      </Fact>
      <Fact icon="online" label={t('procedure.online')} testId="procedure-online">
        {p.detailsKnown ? onlineFact(p.submission, t, i18n.language) : askDesk}
      </Fact>
    </div>
  );
}
