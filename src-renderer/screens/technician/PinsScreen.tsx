import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthStatus, PinRole } from '../../../src-main/api/channels/auth';
import { useApi } from '../../api/api-context';
import { TouchButton } from '../../components/TouchButton';
import { useFormat } from '../../i18n/format';
import { ChoosePin } from '../auth/ChoosePin';
import { TechnicianFrame } from './TechnicianFrame';

/** Changing the technician PIN or setting the desk staff's PIN (which also ends its lockout). */
export function PinsScreen() {
  const { t } = useTranslation('technician');
  const f = useFormat();
  const api = useApi();
  const [status, setStatus] = useState<AuthStatus | null>(null);
  const [editing, setEditing] = useState<PinRole | null>(null);
  const [done, setDone] = useState<PinRole | null>(null);

  const load = () => {
    api.call('auth.status', {}).then(setStatus, () => undefined);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: loaded once per visit
  useEffect(load, []);

  const save = async (role: PinRole, pin: string) => {
    await api.call('auth.setPin', { role, pin });
    setEditing(null);
    setDone(role);
    load();
  };

  const describe = (role: PinRole) => {
    const s = status?.[role];
    if (!s) return '';
    if (!s.set) return t('pins.state.notSet');
    if (s.lockedUntil) return t('pins.state.locked', { time: f.time(s.lockedUntil) });
    return t('pins.state.set');
  };

  return (
    <TechnicianFrame title={t('pins.title')} testId="screen-technician-pins">
      {editing ? (
        <div className="tech__panel">
          <ChoosePin
            pinRole={editing}
            minLength={status?.minLength[editing] ?? 4}
            save={(pin) => save(editing, pin)}
            testId="pins-choose"
          />
          <TouchButton variant="ghost" onClick={() => setEditing(null)} data-testid="pins-cancel">
            {t('common.cancel')}
          </TouchButton>
        </div>
      ) : (
        <ul className="tech__list">
          {(['technician', 'staff'] as const).map((role) => (
            <li key={role} className="tech__row" data-testid={`pins-${role}`}>
              <div>
                <p className="tech__row-title">{t(`pins.role.${role}`)}</p>
                <p className="tech__row-detail">{describe(role)}</p>
                {done === role ? (
                  <p className="tech__ok" role="status">
                    {t('pins.saved')}
                  </p>
                ) : null}
              </div>
              <TouchButton variant="primary" onClick={() => setEditing(role)} data-testid={`pins-change-${role}`}>
                {status?.[role].set ? t('pins.change') : t('pins.set')}
              </TouchButton>
            </li>
          ))}
        </ul>
      )}
    </TechnicianFrame>
  );
}
