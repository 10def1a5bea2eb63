import { useSyncExternalStore } from 'react';
import { CHART_THEMES, type ChartTheme, type ThemeName } from '../../domain/charts';

/** The page switches themes with a `.dark` class on <html>; charts follow it live. */
function currentTheme(): ThemeName {
  return document.documentElement.classList.contains('dark') ? 'dark' : 'light';
}

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}

export function useChartThemeName(): ThemeName {
  return useSyncExternalStore(subscribe, currentTheme, () => 'light');
}

export function useChartTheme(): ChartTheme {
  return CHART_THEMES[useChartThemeName()];
}

/**
 * The theme as CSS variables, set on each chart frame so that the frame's HTML (titles, legend,
 * table) and anything nested can use `var(--chart-…)`. SVG marks get the resolved colours
 * directly, so an exported SVG looks the same outside the page.
 */
export function chartThemeVariables(theme: ChartTheme): Record<string, string> {
  return {
    '--chart-surface': theme.surface,
    '--chart-text': theme.text,
    '--chart-muted-text': theme.mutedText,
    '--chart-grid': theme.grid,
    '--chart-axis': theme.axis,
    '--chart-deliveries': theme.deliveries,
    '--chart-production': theme.production,
    '--chart-backlog': theme.backlog,
    '--chart-inventory': theme.inventory,
    '--chart-target': theme.target,
    '--chart-record': theme.record,
    '--chart-ideal': theme.ideal,
    '--chart-faded': theme.faded,
  };
}
