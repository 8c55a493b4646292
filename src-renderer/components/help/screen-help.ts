import { useEffect } from 'react';
import { create } from 'zustand';

/** The current screen's own help text, shown at the top of the Help dialog. */
export const useScreenHelp = create<{ text: string | null }>(() => ({ text: null }));

/** A screen says what to do on it: `useHelpText(t('catalog.help'))` (ScreenFrame's `help` prop does this). */
export function useHelpText(text: string | undefined): void {
  useEffect(() => {
    if (!text) return;
    useScreenHelp.setState({ text });
    return () => {
      if (useScreenHelp.getState().text === text) useScreenHelp.setState({ text: null });
    };
  }, [text]);
}
