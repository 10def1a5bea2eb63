import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export interface DisclosureState {
  open: boolean;
  setOpen: (open: boolean) => void;
  panelId: string;
  /** The element holding the button and the panel: a press outside it closes the panel. */
  containerRef: React.RefObject<HTMLDivElement | null>;
  buttonRef: React.RefObject<HTMLButtonElement | null>;
  /** Put on the container: Escape closes the panel and gives focus back to the button. */
  onKeyDown: (event: KeyboardEvent) => void;
  /** The button's open/close wiring: aria-expanded, aria-controls and the click. */
  buttonProps: {
    'aria-expanded': boolean;
    'aria-controls': string;
    onClick: () => void;
  };
}

/**
 * A button that opens a panel next to it (Regions, Models, Settings, Export, Datasets). Escape
 * closes the panel and puts focus back on the button, and a press anywhere outside closes it,
 * so neither a keyboard nor a pointer user is left inside. `staysOpenOnPressOutside` is for a
 * panel whose actions open dialogs and file choosers of their own (Datasets): the panel is
 * still there, showing the result, when they close.
 */
export function useDisclosure({ staysOpenOnPressOutside = false } = {}): DisclosureState {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open || staysOpenOnPressOutside) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, staysOpenOnPressOutside]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    // A panel inside a dialog: Escape closes the panel, not the dialog.
    event.stopPropagation();
    setOpen(false);
    buttonRef.current?.focus();
  };

  return {
    open,
    setOpen,
    panelId,
    containerRef,
    buttonRef,
    onKeyDown,
    buttonProps: {
      'aria-expanded': open,
      'aria-controls': panelId,
      onClick: () => setOpen(!open),
    },
  };
}
