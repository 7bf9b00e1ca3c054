import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createLocalStorage } from './local-storage';
import { StorageNotFoundError } from './storage';
import { readAll } from './upload-store';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'jx-local-storage-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const opts = { sizeBytes: 0, contentType: 'application/pdf' };

describe('local disk storage', () => {
  it('round-trips bytes under a key, and a deleted key is not found', async () => {
    const storage = createLocalStorage(root);
    await storage.put('documents/app/doc', Readable.from(Buffer.from('hello')), opts);
    expect((await readAll(await storage.get('documents/app/doc'), 100)).toString()).toBe('hello');
    await storage.delete('documents/app/doc');
    await expect(storage.get('documents/app/doc')).rejects.toBeInstanceOf(StorageNotFoundError);
    await storage.delete('documents/app/doc'); // deleting twice is fine
  });

  it('a stream that fails midway leaves no file at the key and no temp file', async () => {
    const storage = createLocalStorage(root);
    const failing = new Readable({
      read() {
        this.push(Buffer.from('part'));
        this.destroy(new Error('connection lost'));
      },
    });
    await expect(storage.put('documents/app/doc', failing, opts)).rejects.toThrow(
      'connection lost',
    );
    await expect(storage.get('documents/app/doc')).rejects.toBeInstanceOf(StorageNotFoundError);
    expect(readdirSync(join(root, '.tmp'))).toEqual([]);
  });

  it('refuses keys that could leave the storage root', async () => {
    const storage = createLocalStorage(root);
    for (const key of ['../etc/passwd', '/abs', 'a/../b', '.hidden', 'a//b'])
      await expect(storage.put(key, Readable.from([]), opts)).rejects.toThrow(
        'Invalid storage key',
      );
  });
});
