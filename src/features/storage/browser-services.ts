import type { ChangeChannel, ChangeMessage, PersistenceManager } from './session-types';

export const CHANNEL_NAME = 'record-pace';

function isChangeMessage(value: unknown): value is ChangeMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { type, revision } = value as Partial<Record<keyof ChangeMessage, unknown>>;
  return type === 'changed' && typeof revision === 'number';
}

/** BroadcastChannel('record-pace') as a ChangeChannel; null where the browser has none. */
export function browserChangeChannel(): ChangeChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(CHANNEL_NAME);
  return {
    post: (message) => channel.postMessage(message),
    subscribe(listener) {
      const handle = (event: MessageEvent<unknown>) => {
        if (isChangeMessage(event.data)) listener(event.data);
      };
      channel.addEventListener('message', handle);
      return () => channel.removeEventListener('message', handle);
    },
    close: () => channel.close(),
  };
}

/** navigator.storage where it can keep data from eviction; null elsewhere. */
export function browserPersistence(): PersistenceManager | null {
  if (typeof navigator === 'undefined') return null;
  const manager = navigator.storage as StorageManager | undefined;
  if (
    !manager ||
    typeof manager.persist !== 'function' ||
    typeof manager.persisted !== 'function'
  ) {
    return null;
  }
  return { persist: () => manager.persist(), persisted: () => manager.persisted() };
}

/** A random id; crypto.randomUUID exists only on secure pages (not plain http on a LAN). */
export function newDatasetId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
