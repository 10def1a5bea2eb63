import { useRef, type ReactNode } from 'react';
import { useLagOffScreen } from './use-lag-off-screen';
import { usePlotInView } from './use-plot-in-view';

/**
 * Shows `children` as given while any of it is on screen; off screen, as they were until the page
 * is idle. Wraps a whole chart (title, caption, plot) so that a change of view only renders the
 * charts in view at once. Fills its grid cell as the chart would (a column whose child grows).
 */
export function OffScreenLag({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const { shown, pending } = useLagOffScreen(children, usePlotInView(ref));
  return (
    <div
      ref={ref}
      className="flex min-w-0 flex-col *:flex-1"
      data-plot-pending={pending ? '' : undefined}
    >
      {shown}
    </div>
  );
}
