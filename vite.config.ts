import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { offlinePlugin } from './build/offline-plugin';
import { securityHeaders, securityHeadersPlugin } from './build/security-headers';

export default defineConfig({
  plugins: [react(), tailwindcss(), offlinePlugin(), securityHeadersPlugin()],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false, headers: securityHeaders },
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
});
