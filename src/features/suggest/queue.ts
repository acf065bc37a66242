import { sendSuggestion, type SendOutcome } from './send';

/**
 * Suggestions made offline, kept in localStorage and sent when the network returns (the `online`
 * event, and at the next start of the app). A suggestion leaves the queue only when the server
 * has answered it: sent (its receipt kept in the list of sent ones) or refused for good (kept as
 * refused, with the suggestion, so that nothing typed is lost).
 */

export const QUEUE_KEY = 'integrationskartan:suggest-queue';
export const SENT_KEY = 'integrationskartan:suggest-sent';

export interface Queued {
  /** Made when queued: tells one queued suggestion from another. */
  key: string;
  endpoint: string;
  suggestion: unknown;
  /** What the sender sees of it: the project's or the proposed title. */
  title: string;
  queuedAt: string;
}

export interface Receipt {
  reference: string;
  title: string;
  sentAt: string;
}

function read<T>(storage: Storage | null, key: string): T[] {
  if (!storage) return [];
  try {
    const parsed: unknown = JSON.parse(storage.getItem(key) ?? '[]');
    return Array.isArray(parsed) ? (parsed as T[]) : [];
  } catch {
    return [];
  }
}

function write(storage: Storage | null, key: string, items: unknown[]): boolean {
  if (!storage) return false;
  try {
    if (items.length === 0) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify(items));
    return true;
  } catch {
    return false;
  }
}

export const readQueue = (storage: Storage | null) => read<Queued>(storage, QUEUE_KEY);
export const readReceipts = (storage: Storage | null) => read<Receipt>(storage, SENT_KEY);

/** Queues a suggestion; false when storage is missing, full or broken (the caller says so). */
export function enqueue(
  storage: Storage | null,
  item: Omit<Queued, 'key' | 'queuedAt'>,
  now = new Date(),
): Queued | null {
  const queued: Queued = {
    ...item,
    key: `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    queuedAt: now.toISOString(),
  };
  return write(storage, QUEUE_KEY, [...readQueue(storage), queued]) ? queued : null;
}

type Listener = (receipt: Receipt & { key: string }) => void;
const listeners = new Set<Listener>();

/** Told of every queued suggestion the queue sends. */
export function onQueueSent(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let running: Promise<number> | null = null;

/**
 * Sends what is queued, oldest first, once at a time (a second call while one runs waits for it).
 * Stops at the first that finds no network. Returns how many are left.
 */
export function flushQueue(
  storage: Storage | null,
  send: (suggestion: unknown, endpoint: string) => Promise<SendOutcome> = sendSuggestion,
  now: () => Date = () => new Date(),
): Promise<number> {
  running ??= (async () => {
    try {
      for (const item of readQueue(storage)) {
        const outcome = await send(item.suggestion, item.endpoint);
        if (outcome.kind === 'offline') break;
        const rest = readQueue(storage).filter((q) => q.key !== item.key);
        if (outcome.kind === 'sent') {
          const receipt = {
            reference: outcome.reference,
            title: item.title,
            sentAt: now().toISOString(),
          };
          write(storage, SENT_KEY, [...readReceipts(storage), receipt].slice(-20));
          write(storage, QUEUE_KEY, rest);
          for (const listener of listeners) listener({ ...receipt, key: item.key });
        }
        // Refused (invalid, too many, no server): it stays queued for the form to show and fix.
      }
      return readQueue(storage).length;
    } finally {
      running = null;
    }
  })();
  return running;
}
