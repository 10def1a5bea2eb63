import { createContext, useContext, type ReactNode } from 'react';
import type { ChartCaption, ChartTableData } from './chart-data';

/** What a chart offers to tools placed in its header (export, copy). */
export interface ChartActionInfo {
  chartId: string;
  title: string;
  caption: ChartCaption;
  table: ChartTableData;
}

export type RenderChartActions = (chart: ChartActionInfo) => ReactNode;

/**
 * Lets the app put other features' tools (the share feature's export menu) into every chart's
 * header without the shared chart frame importing a feature.
 */
export const ChartActionsContext = createContext<RenderChartActions | null>(null);

export function useChartActions(): RenderChartActions | null {
  return useContext(ChartActionsContext);
}
