export type ThemePreference = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

export const THEME_PREFERENCES: readonly ThemePreference[] = ['system', 'light', 'dark'];
export const THEME_STORAGE_KEY = 'record-pace:theme';

/** What a storage needs to keep the preference; localStorage in the app, a stub in tests. */
export type PreferenceStorage = Pick<Storage, 'getItem' | 'setItem'>;

export type StorageResult<T> =
  { ok: true; value: T } | { ok: false; error: { code: 'storage-unavailable'; message: string } };

function isPreference(value: string | null): value is ThemePreference {
  return value !== null && (THEME_PREFERENCES as readonly string[]).includes(value);
}

/**
 * The stored preference. Storage can be switched off or throw (private mode, blocked cookies):
 * then the theme follows the system and the failure is returned for the caller to say or log.
 */
export function readThemePreference(
  storage: PreferenceStorage | null,
): StorageResult<ThemePreference> {
  if (storage === null) return unavailable('No storage in this browser.');
  try {
    const stored = storage.getItem(THEME_STORAGE_KEY);
    return { ok: true, value: isPreference(stored) ? stored : 'system' };
  } catch (error) {
    return unavailable((error as Error).message);
  }
}

export function writeThemePreference(
  storage: PreferenceStorage | null,
  preference: ThemePreference,
): StorageResult<ThemePreference> {
  if (storage === null) return unavailable('No storage in this browser.');
  try {
    storage.setItem(THEME_STORAGE_KEY, preference);
    return { ok: true, value: preference };
  } catch (error) {
    return unavailable((error as Error).message);
  }
}

function unavailable(reason: string): {
  ok: false;
  error: { code: 'storage-unavailable'; message: string };
} {
  return {
    ok: false,
    error: { code: 'storage-unavailable', message: `The theme choice cannot be kept: ${reason}` },
  };
}

export function resolveTheme(preference: ThemePreference, systemPrefersDark: boolean): Theme {
  if (preference === 'system') return systemPrefersDark ? 'dark' : 'light';
  return preference;
}

/** Tailwind's dark variant keys on a `.dark` class on <html>. */
export function applyTheme(root: HTMLElement, theme: Theme): void {
  root.classList.toggle('dark', theme === 'dark');
  root.style.colorScheme = theme;
}

/** localStorage when the browser lets the page use it, else null. Reading it can throw. */
export function browserStorage(): PreferenceStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Accessing localStorage itself throws a SecurityError when storage is blocked: no storage.
    return null;
  }
}

export const DARK_QUERY = '(prefers-color-scheme: dark)';

export function systemPrefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches;
}
