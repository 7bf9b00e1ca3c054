import type { Readable } from 'node:stream';

/**
 * Where document bytes live: local disk or S3-compatible object storage. Keys are relative
 * paths (`documents/<application>/<document>`); the database row holds the key, never a path.
 */
export type TStorage = {
  readonly kind: 'local' | 's3';
  /** Stores the stream under `key` completely or not at all (no half-written object is visible). */
  put: (
    key: string,
    body: Readable,
    opts: { sizeBytes: number; contentType: string },
  ) => Promise<void>;
  /** The stored bytes as a stream; rejects with StorageNotFoundError when there is no such key. */
  get: (key: string) => Promise<Readable>;
  /** Removes the object; a missing key is not an error. */
  delete: (key: string) => Promise<void>;
};

export class StorageNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`No stored object at "${key}"`);
    this.name = 'StorageNotFoundError';
  }
}

const KEY = /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/i;

/**
 * Refuses keys that could escape the storage root or confuse S3: only slash-separated
 * segments of letters, digits, dot, dash and underscore, none starting with a dot.
 * @example assertStorageKey('documents/abc/def') // ok
 */
export function assertStorageKey(key: string): void {
  if (!KEY.test(key) || key.length > 300) throw new Error(`Invalid storage key "${key}"`);
}
