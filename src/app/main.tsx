import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../index.css';
import {
  applyTheme,
  browserStorage,
  readThemePreference,
  resolveTheme,
  systemPrefersDark,
} from '../lib/theme';
import { TemplatesList, UploadSpreadsheets } from '../features/import';
import { App } from './app';
import { DataProvider } from './data-provider';

// Set the theme before the first paint so a dark preference does not flash light.
const stored = readThemePreference(browserStorage());
applyTheme(
  document.documentElement,
  resolveTheme(stored.ok ? stored.value : 'system', systemPrefersDark()),
);

// The importer (and SheetJS) loads with the sample, not with the first screen.
const loadSample = () =>
  import('../features/import/load-sample').then(({ loadSampleDataset }) => loadSampleDataset());

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <DataProvider>
        <App
          loadSample={loadSample}
          upload={<UploadSpreadsheets />}
          templates={<TemplatesList />}
        />
      </DataProvider>
    </QueryClientProvider>
  </StrictMode>,
);

// Offline once loaded: the production build ships a service worker that keeps the app's files.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch((error: unknown) => {
      // The app works without it (only not offline); say so for whoever looks at the console.
      console.warn('Offline use is not available:', error);
    });
  });
}
