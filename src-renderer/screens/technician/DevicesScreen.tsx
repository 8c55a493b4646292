import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConfiguredDevice, DeviceKind } from '../../../src-main/api/channels/devices';
import { useApi } from '../../api/api-context';
import { KioskTextField } from '../../components/keyboard';
import { TouchButton } from '../../components/TouchButton';
import { useNavigation } from '../../stores/navigation-store';
import { HealthBadge } from './HealthBadge';
import { SaveBar } from './SaveBar';
import { TechnicianFrame } from './TechnicianFrame';
import { schemaChoices } from './useConfig';
import { useDeviceHealth } from './useDeviceHealth';
import { usePolling } from './usePolling';
import { useSettingsDraft } from './useSettingsDraft';

const KINDS: readonly DeviceKind[] = ['printer', 'scanner', 'idReader'];
const key = (kind: DeviceKind, field: 'interface' | 'address' | 'profile' | 'baudRate') => `devices.${kind}.${field}`;

/**
 * The kiosk's devices: serial ports the system sees, which device each one is, how it is
 * reached, and its health as it changes. Saved settings apply at once: the Hardware feature
 * reopens only the device whose settings changed.
 */
export function DevicesScreen() {
  const { t } = useTranslation('technician');
  const api = useApi();
  const load = useCallback(() => api.call('devices.list', {}), [api]);
  const { value: listing, failed, refresh } = usePolling(load, 5000);
  const health = useDeviceHealth();
  const { entries, save, value, change, dirty, saveDraft } = useSettingsDraft();
  const assign = (kind: DeviceKind, path: string) => change({ [key(kind, 'interface')]: 'serial', [key(kind, 'address')]: path });

  const configured = (kind: DeviceKind): ConfiguredDevice | undefined => listing?.devices.find((d) => d.kind === kind);

  return (
    <TechnicianFrame title={t('devices.title')} testId="screen-technician-devices">
      <section className="tech__section" aria-labelledby="devices-ports">
        <h2 id="devices-ports">{t('devices.ports')}</h2>
        {failed ? <p className="tech__error">{t('common.failed')}</p> : null}
        {listing && listing.ports.length === 0 ? <p className="tech__field-hint">{t('devices.noPorts')}</p> : null}
        <ul className="tech__list" data-testid="devices-ports">
          {(listing?.ports ?? []).map((p) => (
            <li key={p.path} className="tech__row">
              <div className="tech__row-main">
                <p className="tech__row-title tech__mono">{p.path}</p>
                <p className="tech__row-detail">
                  {[p.manufacturer, p.vendorId && p.productId ? `${p.vendorId}:${p.productId}` : null, p.serialNumber]
                    .filter(Boolean)
                    .join(' · ') || t('devices.portUnknown')}
                </p>
              </div>
              <div className="tech__row-actions">
                {KINDS.map((kind) => (
                  <TouchButton
                    key={kind}
                    aria-pressed={value(key(kind, 'address')) === p.path && value(key(kind, 'interface')) === 'serial'}
                    className="tech__choice"
                    onClick={() => assign(kind, p.path)}
                  >
                    {t(`devices.kind.${kind}`)}
                  </TouchButton>
                ))}
              </div>
            </li>
          ))}
        </ul>
        <TouchButton variant="ghost" onClick={refresh}>
          {t('devices.lookAgain')}
        </TouchButton>
      </section>

      {KINDS.map((kind) => {
        const iface = String(value(key(kind, 'interface')) ?? 'none');
        const needsAddress = iface === 'serial' || iface === 'tcp' || iface === 'usb';
        const dev = configured(kind);
        return (
          <section key={kind} className="tech__section" aria-labelledby={`device-${kind}`} data-testid={`device-${kind}`}>
            <h2 id={`device-${kind}`}>{t(`devices.kind.${kind}`)}</h2>
            <HealthBadge health={health[kind] ?? dev?.health} testId={`device-${kind}-health`} />
            {dev && dev.interface !== 'none' ? (
              <p className="tech__row-detail tech__mono">
                {dev.interface}
                {dev.address ? ` · ${dev.address}` : ''}
                {dev.profile ? ` · ${dev.profile}` : ''}
              </p>
            ) : null}
            <div className="tech__field">
              <span className="tech__field-label">{t('devices.interface')}</span>
              <div className="tech__choices">
                {schemaChoices(entries?.get(key(kind, 'interface'))).map((c) => (
                  <TouchButton
                    key={String(c)}
                    className="tech__choice"
                    aria-pressed={iface === c}
                    onClick={() => change({ [key(kind, 'interface')]: c })}
                    data-testid={`device-${kind}-interface-${c}`}
                  >
                    {t(`devices.interfaces.${c}`)}
                  </TouchButton>
                ))}
              </div>
            </div>
            {needsAddress ? (
              <div className="tech__field">
                <KioskTextField
                  id={`device-${kind}-address`}
                  testId={`device-${kind}-address`}
                  className="tech__mono"
                  label={t(`devices.address.${iface}`)}
                  mode="latin"
                  maxLength={256}
                  value={String(value(key(kind, 'address')) ?? '')}
                  onChange={(v) => change({ [key(kind, 'address')]: v })}
                />
              </div>
            ) : null}
            {kind === 'printer' && iface !== 'none' ? (
              <div className="tech__field">
                <span className="tech__field-label">{t('devices.profile')}</span>
                <div className="tech__choices">
                  {schemaChoices(entries?.get(key(kind, 'profile'))).map((c) => (
                    <TouchButton
                      key={String(c)}
                      className="tech__choice"
                      aria-pressed={value(key(kind, 'profile')) === c}
                      onClick={() => change({ [key(kind, 'profile')]: c })}
                      data-testid={`device-${kind}-profile-${c}`}
                    >
                      <span className="tech__mono">{c}</span>
                    </TouchButton>
                  ))}
                </div>
              </div>
            ) : null}
            {iface === 'serial' ? (
              <div className="tech__field">
                <span className="tech__field-label">{t('devices.baud')}</span>
                <div className="tech__choices">
                  {schemaChoices(entries?.get(key(kind, 'baudRate'))).map((c) => (
                    <TouchButton
                      key={String(c)}
                      className="tech__choice"
                      aria-pressed={value(key(kind, 'baudRate')) === c}
                      onClick={() => change({ [key(kind, 'baudRate')]: c })}
                    >
                      {c === 0 ? t('devices.baudDefault') : String(c)}
                    </TouchButton>
                  ))}
                </div>
              </div>
            ) : null}
            <div className="tech__actions">
              <TouchButton
                onClick={() =>
                  useNavigation
                    .getState()
                    .go(kind === 'printer' ? 'technician.printer' : kind === 'scanner' ? 'technician.scanner' : 'technician.cardReader', {})
                }
                data-testid={`device-${kind}-test`}
              >
                {t(`devices.test.${kind}`)}
              </TouchButton>
            </div>
          </section>
        );
      })}

      <SaveBar dirty={dirty} save={save} onSave={() => void saveDraft().then((ok) => ok && refresh())} />
    </TechnicianFrame>
  );
}
