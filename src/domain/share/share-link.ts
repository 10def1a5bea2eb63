import { deflateSync, inflateSync } from 'fflate';
import { base64urlFromBytes, bytesFromBase64url } from './base64url';
import { ByteReader } from './byte-reader';
import { ByteWriter } from './byte-writer';
import { adler32 } from './checksum';
import { bytesFromPayload, payloadFromBytes } from './payload-codec';
import { SHARE_KEY, SHARE_VERSION, type SharePayload, type ShareResult } from './types';

/**
 * Inflating a link allocates what its header announces; a link claiming more than this is not
 * one this app made (a quarter for 100 regions is a few hundred kilobytes).
 */
export const LARGEST_PAYLOAD_BYTES = 64 * 1024 * 1024;

/**
 * The fragment of a share link, without the "#": `share=v1.<base64url>`. The bytes are the
 * payload's length, its Adler-32 and the payload deflated at level 9.
 */
export function shareFragment(payload: SharePayload): string {
  const raw = bytesFromPayload(payload);
  const header = new ByteWriter();
  header.varint(raw.length);
  const checksum = adler32(raw);
  for (const shift of [24, 16, 8, 0]) header.byte(checksum >>> shift);
  const compressed = deflateSync(raw, { level: 9 });
  const head = header.bytes();
  const container = new Uint8Array(head.length + compressed.length);
  container.set(head);
  container.set(compressed, head.length);
  return `${SHARE_KEY}=v${SHARE_VERSION}.${base64urlFromBytes(container)}`;
}

/**
 * The whole link: the page's address, the view in the query (so the page opens on it even before
 * the data is read) and the data in the fragment, which browsers never send to a server.
 * `base` is the page's origin and path, e.g. "https://example.org/record-pace/".
 */
export function shareUrl(base: string, payload: SharePayload): string {
  return `${base}?${payload.view}#${shareFragment(payload)}`;
}

/** The share parameter's value in a location hash ("#share=v1.…"), or null when there is none. */
export function shareValueOf(hash: string): string | null {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of text.split('&')) {
    if (part.startsWith(`${SHARE_KEY}=`)) return part.slice(SHARE_KEY.length + 1);
  }
  return null;
}

export function hasShareLink(hash: string): boolean {
  return shareValueOf(hash) !== null;
}

const VERSIONED = /^v(\d{1,6})\.(.*)$/s;

function damaged(detail: string, place: string): ShareResult<never> {
  return {
    ok: false,
    error: {
      code: 'damaged-link',
      message: `This share link is damaged (${detail}). It may have been cut off when it was sent: ask for the link again.`,
      place,
    },
  };
}

/** Reads a share link's payload from a location hash. Never throws: bad links are values. */
export function readShareFragment(hash: string): ShareResult<SharePayload> {
  const value = shareValueOf(hash);
  if (value === null) {
    return {
      ok: false,
      error: { code: 'no-share-link', message: 'The address holds no share link.', place: 'link' },
    };
  }
  const match = VERSIONED.exec(value);
  if (!match) return damaged('it does not say which version made it', 'link version');
  const version = Number(match[1]);
  if (version > SHARE_VERSION) {
    return {
      ok: false,
      error: {
        code: 'newer-link',
        message: `This link was made by a newer version of Record Pace (share link version ${version}; this page reads version ${SHARE_VERSION}). Reload the page to get the newest version.`,
        place: 'link version',
      },
    };
  }
  if (version < 1) return damaged(`version ${version} never existed`, 'link version');

  const decoded = bytesFromBase64url(match[2] ?? '');
  if (!decoded.ok) {
    return damaged(
      'it holds a character a link never has',
      `link data, character ${decoded.index + 1}`,
    );
  }
  return payloadFromContainer(decoded.bytes);
}

function payloadFromContainer(container: Uint8Array): ShareResult<SharePayload> {
  const header = new ByteReader(container);
  const rawLength = header.varint();
  let checksum = 0;
  for (let i = 0; i < 4; i++) checksum = checksum * 256 + header.byte();
  if (header.failed) return damaged('it is too short', 'link data');
  if (rawLength > LARGEST_PAYLOAD_BYTES) {
    return {
      ok: false,
      error: {
        code: 'too-large',
        message: `This share link says it holds ${Math.round(rawLength / 1024 / 1024)} MB of data, more than Record Pace reads from a link (${LARGEST_PAYLOAD_BYTES / 1024 / 1024} MB).`,
        place: 'link data',
      },
    };
  }
  // One byte more than announced: a stream that inflates to more is caught by the length check.
  const out = new Uint8Array(rawLength + 1);
  let raw: Uint8Array;
  try {
    raw = inflateSync(container.subarray(header.position), { out });
  } catch (error) {
    return damaged(`its data does not decompress: ${(error as Error).message}`, 'link data');
  }
  if (raw.length !== rawLength || adler32(raw) !== checksum) {
    return damaged('its checksum does not match', 'link data');
  }
  return payloadFromBytes(raw);
}
