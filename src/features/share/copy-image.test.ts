// @vitest-environment jsdom
import { copyPng } from './copy-image';

const png = () => Promise.resolve(new Blob(['png'], { type: 'image/png' }));

class FakeClipboardItem {
  constructor(readonly items: Record<string, Promise<Blob>>) {}
}

function useClipboard(write: ((items: FakeClipboardItem[]) => Promise<void>) | undefined) {
  vi.stubGlobal('ClipboardItem', write ? FakeClipboardItem : undefined);
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: write ? { write } : undefined,
  });
}

describe('copyPng', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('hands the clipboard the image as a promise of a PNG', async () => {
    const written: FakeClipboardItem[] = [];
    useClipboard((items) => {
      written.push(...items);
      return Promise.resolve();
    });
    const result = await copyPng(png());
    expect(result).toEqual({ ok: true, message: expect.stringMatching(/^Image copied/) as string });
    expect(Object.keys(written[0]?.items ?? {})).toEqual(['image/png']);
    await expect(written[0]?.items['image/png']).resolves.toBeInstanceOf(Blob);
  });

  it.each([
    [
      'a browser without an image clipboard',
      undefined,
      'clipboard-unsupported',
      /^This browser cannot put images on the clipboard. Use Download PNG instead.$/,
    ],
    [
      'a refused permission',
      () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
      'clipboard-refused',
      /refused to copy the image \(Write permission denied.\). Allow clipboard access/,
    ],
    [
      'an image that could not be drawn',
      () => Promise.reject(new Error('There is nothing to draw')),
      'clipboard-refused',
      /could not be copied \(There is nothing to draw\). Use Download PNG instead./,
    ],
  ])('says so clearly for %s', async (_, write, code, message) => {
    useClipboard(write);
    const result = await copyPng(png());
    expect(result).toEqual({
      ok: false,
      error: { code, message: expect.stringMatching(message) as string, place: 'clipboard' },
    });
  });
});
