interface CheckboxProps {
  label: string;
  checked: boolean;
  onChange: () => void;
  strong?: boolean;
}

export function Checkbox({ label, checked, onChange, strong = false }: CheckboxProps) {
  return (
    <label
      className={`flex min-h-8 cursor-pointer items-center gap-2 ${strong ? 'font-semibold' : ''}`}
    >
      <input
        type="checkbox"
        className="size-4 accent-accent dark:accent-night-accent"
        checked={checked}
        onChange={onChange}
      />
      <span>{label}</span>
    </label>
  );
}
