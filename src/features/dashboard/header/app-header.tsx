import type { ReactNode } from 'react';
import { ThemeSelect } from './theme-select';

interface AppHeaderProps {
  /** The dashboard's pickers and target settings; absent on the empty screen. */
  children?: ReactNode;
  /** Slot for actions of other features, such as the Upload spreadsheets input. */
  actions?: ReactNode;
}

/** The page banner: the app's name, the theme choice, other features' actions, and the controls. */
export function AppHeader({ children, actions }: AppHeaderProps) {
  return (
    <header className="border-b border-line bg-panel dark:border-night-line dark:bg-night-panel">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <div className="min-w-0">
          <h1 className="text-xl font-bold tracking-tight">Record Pace</h1>
          <p className="rp-muted text-sm">Will we beat the delivery record?</p>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          {actions}
          <ThemeSelect />
        </div>
      </div>
      {children ? <div className="mx-auto max-w-7xl px-4 pb-3">{children}</div> : null}
    </header>
  );
}
