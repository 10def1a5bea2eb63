import { createContext, useContext, type ReactNode } from 'react';

/** What a plot draws inside its Recharts chart: grid, axes, marks, reference lines, tooltip. */
export const PlotPartsContext = createContext<ReactNode>(null);

/**
 * The plot's parts, inside a chart element that stays the same while they change: a new part
 * draws the slot again, not the chart.
 */
export function PlotPartsSlot() {
  return useContext(PlotPartsContext);
}
