import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import {
  applyTheme,
  browserStorage,
  DARK_QUERY,
  readThemePreference,
  resolveTheme,
  systemPrefersDark,
  writeThemePreference,
  type Theme,
  type ThemePreference,
} from './theme';

function subscribeToSystem(onChange: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => {};
  const query = matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

export interface ThemeState {
  preference: ThemePreference;
  theme: Theme;
  setPreference: (preference: ThemePreference) => void;
  /** Set when the choice could not be stored; the theme still applies for this visit. */
  storageProblem: string | null;
}

/** The theme preference (System / Light / Dark), kept in localStorage and applied to <html>. */
export function useTheme(): ThemeState {
  const [initial] = useState(() => readThemePreference(browserStorage()));
  const [preference, setPreferenceState] = useState<ThemePreference>(
    initial.ok ? initial.value : 'system',
  );
  const [storageProblem, setStorageProblem] = useState<string | null>(
    initial.ok ? null : initial.error.message,
  );
  const prefersDark = useSyncExternalStore(subscribeToSystem, systemPrefersDark, () => false);
  const theme = resolveTheme(preference, prefersDark);

  useEffect(() => {
    applyTheme(document.documentElement, theme);
  }, [theme]);

  const setPreference = useCallback((next: ThemePreference) => {
    setPreferenceState(next);
    const stored = writeThemePreference(browserStorage(), next);
    setStorageProblem(stored.ok ? null : stored.error.message);
  }, []);

  return { preference, theme, setPreference, storageProblem };
}
