import type { ReactNode } from 'react';
import { useDisclosure } from '../../components/use-disclosure';

const TOGGLE =
  'rounded border border-[var(--chart-axis,currentColor)] px-2 py-0.5 text-xs hover:bg-[var(--chart-grid,transparent)] focus-visible:outline-2 focus-visible:outline-offset-2';

/**
 * An "Export" button that opens a small panel of actions over the chart. The panel stays open
 * after an action so its message can be read; Escape or a click elsewhere closes it, and Escape
 * puts focus back on the button. It is left out of the pictures it makes (data-share-skip).
 */
export function ExportMenu({ title, children }: { title: string; children: ReactNode }) {
  const { open, panelId, containerRef, buttonRef, onKeyDown, buttonProps } = useDisclosure();

  return (
    <div ref={containerRef} className="relative" data-share-skip="" onKeyDown={onKeyDown}>
      <button
        ref={buttonRef}
        type="button"
        className={TOGGLE}
        aria-label={`Export ${title}`}
        {...buttonProps}
      >
        Export
      </button>
      <div
        id={panelId}
        role="group"
        aria-label={`Export ${title}`}
        hidden={!open}
        className="absolute right-0 z-20 mt-1 flex w-56 flex-col gap-1 rounded-md border border-[var(--chart-grid,currentColor)] bg-[var(--chart-surface,Canvas)] p-2 shadow-lg"
      >
        {children}
      </div>
    </div>
  );
}
