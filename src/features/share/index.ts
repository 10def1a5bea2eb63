/** Sharing: chart and dashboard images, chart CSV, share links (see src/domain/share). */
export { ChartExportActions, type ChartExportActionsProps } from './chart-export-actions';
export { DashboardImageButton, type DashboardImageButtonProps } from './dashboard-image-button';
export { ShareLinkPanel, type ShareLinkPanelProps } from './share-link-panel';
export { readSharedView, hasShareLink, type SharedView } from '../../domain/share';
