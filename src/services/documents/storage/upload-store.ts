import type { Readable } from 'node:stream';

import { FileStore } from '@tus/file-store';
import { S3Store } from '@tus/s3-store';
import type { DataStore } from '@tus/server';

import type { TEnv } from '@/config/env';

import { s3SettingsOf, tusDirectoryOf } from './create-storage';
import { s3ClientConfig } from './s3-storage';

/** Unfinished uploads are abandoned after a day (the applicant starts that file again). */
export const UPLOAD_EXPIRY_MS = 24 * 60 * 60 * 1000;
/** S3 multipart part size: S3's least (5 MiB); smaller tails wait as an incomplete part. */
const S3_PART_BYTES = 5 * 1024 * 1024;

/**
 * Where unfinished resumable uploads wait between requests. With S3 the parts and the upload's
 * metadata live in the bucket (@tus/s3-store), so the next request may reach any server. On
 * local disk (@tus/file-store) the upload is a file plus a JSON file in STORAGE_DIR/tus: one
 * server, or a volume every server shares.
 */
export function createUploadStore(env: TEnv): DataStore {
  const s3 = s3SettingsOf(env);
  if (s3) {
    return new S3Store({
      partSize: S3_PART_BYTES,
      expirationPeriodInMilliseconds: UPLOAD_EXPIRY_MS,
      // Note: no object tags (not every S3-compatible server has them); expired uploads are
      // found by their metadata's creation date instead.
      useTags: false,
      s3ClientConfig: { ...s3ClientConfig(s3), bucket: s3.bucket },
    });
  }
  return new FileStore({
    directory: tusDirectoryOf(env),
    expirationPeriodInMilliseconds: UPLOAD_EXPIRY_MS,
  });
}

const byEnv = new WeakMap<TEnv, DataStore>();

/**
 * The one upload store of a parsed environment, shared by the tus server and the sweep of
 * abandoned uploads: @tus/s3-store keeps each upload's info in memory, so a removal must go
 * through the instance that serves the uploads, or it would still answer for a removed one.
 */
export function uploadStoreFor(env: TEnv): DataStore {
  let store = byEnv.get(env);
  if (!store) {
    store = createUploadStore(env);
    byEnv.set(env, store);
  }
  return store;
}

/** The finished upload's bytes (both stores can read; their signatures differ). */
export async function readUpload(store: DataStore, id: string): Promise<Readable> {
  const reader = store as unknown as { read: (id: string) => Readable | Promise<Readable> };
  return reader.read(id);
}

/** Reads a stream into memory, refusing past `limit` bytes (documents are at most 20 MB). */
export async function readAll(stream: Readable, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    size += buf.length;
    if (size > limit) {
      stream.destroy();
      throw new Error(`Upload larger than ${limit} bytes`);
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}
