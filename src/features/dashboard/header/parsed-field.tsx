import { useId, useState } from 'react';
import type { ParsedInput } from '../../../domain/view/goal';

interface ParsedFieldProps<T> {
  label: string;
  /** The committed value as text; the field starts from it. */
  text: string;
  parse: (text: string) => ParsedInput<T>;
  /** Called with the parsed value when the user leaves the field or presses Enter. */
  onCommit: (value: T) => void;
  /** Writes a committed value back in its tidy form ("33000-36000" becomes "33,000–36,000"). */
  format: (value: T) => string;
  placeholder?: string;
  hint?: string;
  className?: string;
}

/**
 * A text field read by a pure parser. It is committed on Enter or blur, not per keystroke, so a
 * half-typed range never becomes the target; an unreadable value stays in the field with the
 * reason next to it. Remount it (key) when the committed value changes from elsewhere.
 */
export function ParsedField<T>({
  label,
  text,
  parse,
  onCommit,
  format,
  placeholder,
  hint,
  className = '',
}: ParsedFieldProps<T>) {
  const [draft, setDraft] = useState(text);
  const [error, setError] = useState<string | null>(null);
  // The committed value can change without this field: Back and Forward restore another view.
  // The field then shows that value instead of a draft of the view the user left.
  const [shownText, setShownText] = useState(text);
  if (text !== shownText) {
    setShownText(text);
    setDraft(text);
    setError(null);
  }
  const messageId = useId();

  const commit = () => {
    const parsed = parse(draft);
    if (!parsed.ok) {
      setError(parsed.error.message);
      return;
    }
    setError(null);
    const tidy = format(parsed.value);
    setDraft(tidy);
    if (tidy !== text) onCommit(parsed.value);
  };

  return (
    <label className={`flex flex-col gap-1 ${className}`}>
      <span className="rp-label">{label}</span>
      <input
        type="text"
        inputMode="decimal"
        autoComplete="off"
        className="rp-field w-full aria-invalid:border-bad dark:aria-invalid:border-night-bad"
        value={draft}
        placeholder={placeholder}
        aria-invalid={error !== null}
        aria-describedby={messageId}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      <span id={messageId} aria-live="polite" className="text-xs">
        {error !== null ? (
          <span className="text-bad dark:text-night-bad">{error}</span>
        ) : hint ? (
          <span className="rp-muted">{hint}</span>
        ) : null}
      </span>
    </label>
  );
}
