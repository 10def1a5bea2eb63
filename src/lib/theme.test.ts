// @vitest-environment jsdom
import {
  applyTheme,
  readThemePreference,
  resolveTheme,
  THEME_STORAGE_KEY,
  writeThemePreference,
  type PreferenceStorage,
} from './theme';

function memoryStorage(
  initial: Record<string, string> = {},
): PreferenceStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => {
      data[key] = value;
    },
  };
}

const blocked: PreferenceStorage = {
  getItem: () => {
    throw new Error('The operation is insecure.');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

describe('theme preference', () => {
  it.each([
    [{}, 'system'],
    [{ [THEME_STORAGE_KEY]: 'dark' }, 'dark'],
    [{ [THEME_STORAGE_KEY]: 'light' }, 'light'],
    [{ [THEME_STORAGE_KEY]: 'purple' }, 'system'],
  ])('reads %j as %s', (stored, expected) => {
    expect(readThemePreference(memoryStorage(stored))).toEqual({ ok: true, value: expected });
  });

  it('keeps what it writes', () => {
    const storage = memoryStorage();
    expect(writeThemePreference(storage, 'dark')).toEqual({ ok: true, value: 'dark' });
    expect(readThemePreference(storage)).toEqual({ ok: true, value: 'dark' });
  });

  it.each([
    ['blocked storage', blocked],
    ['no storage', null],
  ])('reports %s instead of throwing', (_case, storage) => {
    const read = readThemePreference(storage);
    const written = writeThemePreference(storage, 'light');
    expect(read.ok).toBe(false);
    expect(written.ok).toBe(false);
    if (!written.ok) expect(written.error.code).toBe('storage-unavailable');
  });

  it.each([
    ['system', true, 'dark'],
    ['system', false, 'light'],
    ['light', true, 'light'],
    ['dark', false, 'dark'],
  ] as const)('%s with a dark system = %s → %s', (preference, dark, theme) => {
    expect(resolveTheme(preference, dark)).toBe(theme);
  });

  it('puts the dark class on the root element and takes it off again', () => {
    const root = document.documentElement;
    applyTheme(root, 'dark');
    expect(root).toHaveClass('dark');
    expect(root.style.colorScheme).toBe('dark');
    applyTheme(root, 'light');
    expect(root).not.toHaveClass('dark');
  });
});
