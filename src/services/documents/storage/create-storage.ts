import { join } from 'node:path';

import type { TEnv } from '@/config/env';

import { createLocalStorage } from './local-storage';
import { createS3Storage, type TS3Settings } from './s3-storage';
import type { TStorage } from './storage';

/** The S3 settings of the environment, or null when documents stay on local disk. */
export function s3SettingsOf(env: TEnv): TS3Settings | null {
  if (!env.S3_BUCKET) return null;
  return {
    bucket: env.S3_BUCKET,
    endpoint: env.S3_ENDPOINT,
    region: env.S3_REGION,
    accessKeyId: env.S3_ACCESS_KEY_ID,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
  };
}

/** Where unfinished resumable uploads wait on local disk (inside STORAGE_DIR). */
export function tusDirectoryOf(env: TEnv): string {
  return join(env.STORAGE_DIR, 'tus');
}

const byEnv = new WeakMap<TEnv, TStorage>();

/**
 * The document storage the environment names: S3 when S3_BUCKET is set, else local disk in
 * STORAGE_DIR. One instance per parsed environment (one S3 client, one connection pool).
 * @example const storage = storageFor(deps.env); await storage.get(row.storageKey);
 */
export function storageFor(env: TEnv): TStorage {
  let storage = byEnv.get(env);
  if (!storage) {
    const s3 = s3SettingsOf(env);
    storage = s3 ? createS3Storage(s3) : createLocalStorage(join(env.STORAGE_DIR, 'files'));
    byEnv.set(env, storage);
  }
  return storage;
}
