// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { THEME_STORAGE_KEY } from '../../../lib/theme';
import { ThemeSelect } from './theme-select';

function systemDark(dark: boolean) {
  window.matchMedia = vi.fn().mockImplementation((query: string) => ({
    matches: dark && query.includes('dark'),
    media: query,
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  }));
}

describe('theme select', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.className = '';
  });

  it.each([
    [true, true],
    [false, false],
  ])('follows the system by default (system dark: %s)', (dark, expected) => {
    systemDark(dark);
    render(<ThemeSelect />);
    expect(screen.getByLabelText('Theme')).toHaveValue('system');
    expect(document.documentElement.classList.contains('dark')).toBe(expected);
  });

  it('applies and keeps a chosen theme', async () => {
    systemDark(false);
    const user = userEvent.setup();
    const { unmount } = render(<ThemeSelect />);
    await user.selectOptions(screen.getByLabelText('Theme'), 'Dark');
    expect(document.documentElement).toHaveClass('dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    unmount();
    render(<ThemeSelect />);
    expect(screen.getByLabelText('Theme')).toHaveValue('dark');
  });
});
