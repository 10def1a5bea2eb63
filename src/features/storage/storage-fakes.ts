/**
 * Stand-ins for the browser's services in tests: one shared "database" for several tabs, a
 * store that runs out of quota on demand, a BroadcastChannel hub, and navigator.storage.
 */
import type { OpenStoreResult } from './indexeddb-store';
import type { KeyValueStore } from './key-value-store';
import { createMemoryStore } from './memory-store';
import type { ChangeChannel, ChangeMessage, PersistenceManager } from './session-types';

export interface FakeDatabase {
  /** What a session's openStore does: a connection of its own to the shared data. */
  open: () => Promise<OpenStoreResult>;
  /** The shared data, as a test reads it directly. */
  store: KeyValueStore;
  /** From now on every put fails as a full disk does (a QuotaExceededError). */
  failWrites: (failing: boolean) => void;
  /** Connections closed so far. */
  closed: () => number;
}

export function fakeDatabase(): FakeDatabase {
  const store = createMemoryStore({ clone: true });
  let failing = false;
  let closed = 0;
  const connection: KeyValueStore = {
    transaction: (mode, work) =>
      store.transaction(mode, (transaction) =>
        work({
          ...transaction,
          put: async (name, key, value) => {
            if (failing)
              throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            return transaction.put(name, key, value);
          },
        }),
      ),
    close: () => {
      closed += 1;
    },
  };
  return {
    open: async () => ({ ok: true, store: connection }),
    store,
    failWrites: (value) => {
      failing = value;
    },
    closed: () => closed,
  };
}

export interface ChannelHub {
  /** Makes one tab's channel. */
  channel: () => ChangeChannel;
  /** Messages posted and not yet delivered. */
  pending: () => number;
  /** Delivers what was posted so far to every other open channel, as the browser does later. */
  deliver: () => void;
  /** Every message ever posted. */
  posted: ChangeMessage[];
}

/** BroadcastChannel semantics: a message goes to every other open channel, never to its sender. */
export function channelHub(): ChannelHub {
  const open = new Set<{ listeners: Set<(message: ChangeMessage) => void> }>();
  const queue: { from: object; message: ChangeMessage }[] = [];
  const posted: ChangeMessage[] = [];
  return {
    channel() {
      const end = { listeners: new Set<(message: ChangeMessage) => void>() };
      open.add(end);
      return {
        post: (message) => {
          posted.push(message);
          queue.push({ from: end, message });
        },
        subscribe: (listener) => {
          end.listeners.add(listener);
          return () => end.listeners.delete(listener);
        },
        close: () => {
          open.delete(end);
        },
      };
    },
    pending: () => queue.length,
    deliver() {
      for (const { from, message } of queue.splice(0)) {
        for (const end of open)
          if (end !== from) for (const listener of end.listeners) listener(message);
      }
    },
    posted,
  };
}

export function fakePersistence(
  answer: boolean,
  already = false,
): PersistenceManager & { asked: number } {
  const manager = {
    asked: 0,
    persisted: async () => already,
    persist: async () => {
      manager.asked += 1;
      return answer;
    },
  };
  return manager;
}
