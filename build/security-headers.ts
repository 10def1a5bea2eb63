import type { Plugin } from 'vite';

/**
 * Strict CSP for the production build: no other origins, no eval, no inline scripts or style
 * sheets. Style attributes stay allowed: charts and image export may set them from markup, and
 * with img-src, font-src and connect-src limited to this origin a style cannot reach anywhere
 * else. 'wasm-unsafe-eval' lets the import worker compile its WebAssembly row kernel, shipped in
 * the app's own script; it allows no JavaScript from text (eval and new Function stay refused).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
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

/**
 * The headers a host should send with every file. A <meta> policy cannot carry frame-ancestors
 * and does not reach workers loaded from a URL (they take the policy of their own response), so
 * the policy goes in a header too.
 */
export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': `${contentSecurityPolicy}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** `_headers` as Netlify and Cloudflare Pages read it: every path gets the headers above. */
export function headersFile(): string {
  const lines = Object.entries(securityHeaders).map(([name, value]) => `  ${name}: ${value}`);
  return `/*\n${lines.join('\n')}\n`;
}

/**
 * Puts the policy in index.html as a <meta> (hosts that cannot send headers) and writes
 * `_headers` beside it; dev keeps Vite's HMR working without either.
 */
export function securityHeadersPlugin(): Plugin {
  return {
    name: 'record-pace-security-headers',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<!-- CSP -->',
        `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`,
      );
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
    },
  };
}
