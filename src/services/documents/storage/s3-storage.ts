import type { Readable } from 'node:stream';

import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';

import { assertStorageKey, StorageNotFoundError, type TStorage } from './storage';

export type TS3Settings = {
  bucket: string;
  endpoint?: string | undefined;
  region: string;
  accessKeyId?: string | undefined;
  secretAccessKey?: string | undefined;
  forcePathStyle: boolean;
};

/**
 * The S3 client options Jiangxue uses for documents and for the tus store alike.
 * Note: `requestChecksumCalculation: 'WHEN_REQUIRED'` — with the SDK's default (flexible
 * checksums on every request) streamed bodies reach some S3-compatible servers corrupted.
 */
export function s3ClientConfig(s: TS3Settings): S3ClientConfig {
  return {
    region: s.region,
    forcePathStyle: s.forcePathStyle,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    ...(s.endpoint ? { endpoint: s.endpoint } : {}),
    ...(s.accessKeyId && s.secretAccessKey
      ? { credentials: { accessKeyId: s.accessKeyId, secretAccessKey: s.secretAccessKey } }
      : {}),
  };
}

/**
 * Documents in an S3-compatible bucket. A PutObject is atomic: the object appears whole when
 * the request succeeds, or not at all. Any server can read what another wrote.
 */
export function createS3Storage(s: TS3Settings): TStorage {
  const client = new S3Client(s3ClientConfig(s));
  return {
    kind: 's3',
    async put(key, body, opts) {
      assertStorageKey(key);
      await client.send(
        new PutObjectCommand({
          Bucket: s.bucket,
          Key: key,
          Body: body,
          ContentLength: opts.sizeBytes,
          ContentType: opts.contentType,
        }),
      );
    },
    async get(key) {
      assertStorageKey(key);
      try {
        const res = await client.send(new GetObjectCommand({ Bucket: s.bucket, Key: key }));
        if (!res.Body) throw new StorageNotFoundError(key);
        return res.Body as Readable;
      } catch (err) {
        if (err instanceof NoSuchKey || (err as { name?: string }).name === 'NoSuchKey')
          throw new StorageNotFoundError(key);
        throw err;
      }
    },
    async delete(key) {
      assertStorageKey(key);
      await client.send(new DeleteObjectCommand({ Bucket: s.bucket, Key: key }));
    },
  };
}
