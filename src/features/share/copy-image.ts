export type CopyResult =
  | { ok: true; message: string }
  | {
      ok: false;
      error: {
        code: 'clipboard-refused' | 'clipboard-unsupported';
        message: string;
        place: string;
      };
    };

/**
 * Puts a PNG on the clipboard. The image is handed over as a promise so the browser sees the
 * click that asked for it (Safari refuses a write that starts after an await).
 */
export async function copyPng(png: Promise<Blob>): Promise<CopyResult> {
  const place = 'clipboard';
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) {
    return {
      ok: false,
      error: {
        code: 'clipboard-unsupported',
        message: 'This browser cannot put images on the clipboard. Use Download PNG instead.',
        place,
      },
    };
  }
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
    return { ok: true, message: 'Image copied: paste it into a chat, a slide or a document.' };
  } catch (error) {
    const name = error instanceof DOMException ? error.name : '';
    const reason = (error as Error).message;
    return {
      ok: false,
      error: {
        code: 'clipboard-refused',
        message:
          name === 'NotAllowedError'
            ? `The browser refused to copy the image (${reason}). Allow clipboard access for this page, or use Download PNG instead.`
            : `The image could not be copied (${reason}). Use Download PNG instead.`,
        place,
      },
    };
  }
}
