import { type ReactNode, useEffect } from 'react';
import { ScreenFrame } from '../../components/ScreenFrame';
import { useKiosk } from '../../stores/kiosk-store';
import { currentRoute, useNavigation } from '../../stores/navigation-store';
import './technician.css';

/**
 * Every technician screen sits in this frame. Without the technician role (a reload, a lost
 * connection, a session that ended) it hands over to the PIN pad, which comes back here after.
 */
export function TechnicianFrame({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  const role = useKiosk((s) => s.role);
  useEffect(() => {
    if (role === 'technician') return;
    const here = currentRoute(useNavigation.getState());
    useNavigation.getState().replace('auth.login', { role: 'technician', next: here });
  }, [role]);
  if (role !== 'technician') return null;
  return (
    <ScreenFrame title={title} testId={testId}>
      <div className="tech">{children}</div>
    </ScreenFrame>
  );
}
