import { useEffect, useId, useState } from 'react';
import type { TemplateFile } from '../../domain/import/templates';
import { buildTemplates } from './build-templates';

interface TemplateLink {
  label: string;
  name: string;
  href: string;
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** A blob URL where the browser has them; a data URL otherwise (jsdom). */
function downloadHref(file: TemplateFile): { href: string; revoke: () => void } {
  if (typeof URL.createObjectURL === 'function') {
    const href = URL.createObjectURL(new Blob([file.bytes.slice()], { type: file.mimeType }));
    return { href, revoke: () => URL.revokeObjectURL(href) };
  }
  return { href: `data:${file.mimeType};base64,${base64(file.bytes)}`, revoke: () => {} };
}

/**
 * Download links for a template of every table shape, as CSV and XLSX. The files are built off
 * the page (buildTemplates), only when this is shown.
 */
export function TemplatesList() {
  const [links, setLinks] = useState<TemplateLink[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();

  useEffect(() => {
    let active = true;
    const revokers: Array<() => void> = [];
    buildTemplates()
      .then((downloads) => {
        if (!active) return;
        const built = downloads.map(({ label, file }): TemplateLink => {
          const { href, revoke } = downloadHref(file);
          revokers.push(revoke);
          return { label, name: file.name, href };
        });
        setLinks(built);
      })
      .catch((reason: unknown) => {
        if (active) setError(reason instanceof Error ? reason.message : String(reason));
      });
    return () => {
      active = false;
      for (const revoke of revokers) revoke();
    };
  }, []);

  return (
    <section aria-labelledby={titleId} className="text-sm">
      <h2 id={titleId} className="font-semibold">
        Templates
      </h2>
      {error ? <p role="alert">The templates could not be prepared: {error}</p> : null}
      {!links && !error ? <p>Preparing templates…</p> : null}
      {links ? (
        <ul className="mt-1 grid grid-cols-1 gap-1 sm:grid-cols-2">
          {links.map((link) => (
            <li key={link.name}>
              <a
                href={link.href}
                download={link.name}
                className="text-accent underline dark:text-night-accent"
              >
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
