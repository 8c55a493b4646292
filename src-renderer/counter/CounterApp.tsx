import { useState } from 'react';
import { systemClock } from '../../src-main/api/center-clock';
import { HallClient } from '../hall/hall-client';
import { PairingForm } from '../hall/PairingForm';
import { CounterConsole } from './CounterConsole';
import { CounterSignIn, type DeskSession } from './CounterSignIn';

const SESSION_KEY = 'hall.deskSession';

function savedSession(): DeskSession | null {
  try {
    const s = JSON.parse(window.sessionStorage.getItem(SESSION_KEY) ?? 'null') as DeskSession | null;
    return s && Date.parse(s.expiresAt) > systemClock.now().getTime() ? s : null;
  } catch {
    return null;
  }
}

/** The counter console page: pair once, sign in with the staff PIN, then work the desk. */
export function CounterApp() {
  const [client] = useState(() => new HallClient());
  const [paired, setPaired] = useState(() => client.token !== null);
  const [session, setSession] = useState<DeskSession | null>(savedSession);

  const signIn = (s: DeskSession | null) => {
    if (s) window.sessionStorage.setItem(SESSION_KEY, JSON.stringify(s));
    else window.sessionStorage.removeItem(SESSION_KEY);
    setSession(s);
  };
  const unpair = () => {
    client.forget();
    signIn(null);
    setPaired(false);
  };

  if (!paired) return <PairingForm client={client} kind="counter" onPaired={() => setPaired(true)} />;
  if (!session) return <CounterSignIn client={client} onSignedIn={signIn} />;
  return <CounterConsole client={client} session={session} onSignedOut={() => signIn(null)} onUnpaired={unpair} />;
}
