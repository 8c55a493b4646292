import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/api-context';
import { TopBar } from '../components/TopBar';
import { ScanLayer } from '../scan/ScanLayer';
import { TechnicianGesture } from '../screens/technician/TechnicianGesture';
import { useKiosk } from '../stores/kiosk-store';
import { currentRoute, useNavigation } from '../stores/navigation-store';
import { ScreenView } from './screens';

export function App() {
  const api = useApi();
  const { t } = useTranslation();
  const route = useNavigation(currentRoute);
  const { setInfo, setConnected, setRole } = useKiosk.getState();

  useEffect(() => {
    const stopConn = api.onConnectionChange((connected) => {
      setConnected(connected);
      if (connected) api.call('system.info', {}).then(setInfo, () => undefined);
    });
    const stopRole = api.on('system.onSessionChanged', ({ role }) => setRole(role));
    return () => {
      stopConn();
      stopRole();
    };
  }, [api, setInfo, setConnected, setRole]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <TopBar />
      <TechnicianGesture />
      <main id="main" className="app__main" key={`${route.screen}-${JSON.stringify(route.params)}`}>
        <ScreenView route={route} />
      </main>
      <ScanLayer />
    </div>
  );
}
