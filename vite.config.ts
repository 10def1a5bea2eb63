import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { offlinePlugin } from './build/offline-plugin';

// Strict CSP for the production build: no other origins, no eval, no inline scripts or style
// sheets. Dev keeps Vite's HMR working. Style attributes stay allowed: charts and image export
// may set them from markup, and with img-src, font-src and connect-src limited to this origin a
// style cannot reach anywhere else. A <meta> policy cannot carry frame-ancestors or report-uri,
// and does not reach workers loaded from a URL: a host that can send headers should send this
// policy (plus frame-ancestors 'none') as a Content-Security-Policy header too.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' blob: data:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export default defineConfig(({ command }) => ({
  plugins: [
    react(),
    tailwindcss(),
    offlinePlugin(),
    {
      name: 'record-pace-csp',
      transformIndexHtml(html: string) {
        if (command !== 'build') return html;
        return html.replace(
          '<!-- CSP -->',
          `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`,
        );
      },
    },
  ],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
}));
