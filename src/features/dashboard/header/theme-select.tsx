import type { ThemePreference } from '../../../lib/theme';
import { useTheme } from '../../../lib/use-theme';

const CHOICES: { value: ThemePreference; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** System / Light / Dark, kept in this browser. */
export function ThemeSelect() {
  const { preference, setPreference, storageProblem } = useTheme();
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="rp-muted">Theme</span>
      <select
        className="rp-field"
        value={preference}
        onChange={(event) => setPreference(event.target.value as ThemePreference)}
        title={storageProblem ?? undefined}
      >
        {CHOICES.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </label>
  );
}
