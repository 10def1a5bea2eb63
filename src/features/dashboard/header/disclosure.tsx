import type { ReactNode } from 'react';
import { useDisclosure } from '../../../components/use-disclosure';

interface DisclosureProps {
  /** The control's name, e.g. "Regions". The button reads "Regions: Europe, US". */
  label: string;
  /** What is chosen now, shown on the button. */
  summary?: string;
  children: ReactNode;
  /** Which edge the panel lines up with on wide screens. */
  align?: 'start' | 'end';
}

/**
 * A button that opens a panel of controls below it. Escape closes it and puts focus back on the
 * button; so do a click outside and tabbing out of it, so a keyboard user is never left inside.
 */
export function Disclosure({ label, summary, children, align = 'start' }: DisclosureProps) {
  const { open, setOpen, panelId, containerRef, buttonRef, onKeyDown, buttonProps } =
    useDisclosure();

  return (
    <div
      ref={containerRef}
      className="relative"
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        // relatedTarget is null when a click lands on plain text inside the panel; clicks
        // outside are handled by the pointerdown listener, so only a focus move closes here.
        const next = event.relatedTarget as Node | null;
        if (open && next !== null && !containerRef.current?.contains(next)) setOpen(false);
      }}
    >
      <button ref={buttonRef} type="button" className="rp-button max-w-full" {...buttonProps}>
        <span className="truncate">{summary === undefined ? label : `${label}: ${summary}`}</span>
        <span aria-hidden="true" className="text-xs">
          {open ? '▴' : '▾'}
        </span>
      </button>
      <div
        id={panelId}
        role="group"
        aria-label={label}
        hidden={!open}
        className={`rp-panel absolute z-30 mt-1 max-h-[70vh] w-72 max-w-[calc(100vw-2rem)] overflow-auto p-3 shadow-lg ${
          align === 'end' ? 'right-0' : 'left-0'
        }`}
      >
        {children}
      </div>
    </div>
  );
}
