import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

import { DeleteObjectsCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import type { DataStore, Upload } from '@tus/server';

import type { TEnv } from '@/config/env';

import { s3SettingsOf, tusDirectoryOf } from './create-storage';
import { s3ClientConfig } from './s3-storage';

/** An unfinished resumable upload as the sweep judges it. */
export type TPendingUpload = {
  id: string;
  /** When it was created, by the server's clock (`startedAt` metadata), else the store's own date. */
  startedAt: Date | null;
  /** Every byte is in: its end is the upload's own business (onUploadFinish), not the sweep's. */
  isComplete: boolean;
  userId: string | null;
};

const INFO_SUFFIX = '.info';

function pendingOf(upload: Upload): TPendingUpload {
  const stamp = upload.metadata?.startedAt ?? upload.creation_date ?? null;
  const startedAt = stamp ? new Date(stamp) : null;
  return {
    id: upload.id,
    startedAt: startedAt && !Number.isNaN(startedAt.getTime()) ? startedAt : null,
    isComplete: upload.size !== undefined && upload.offset === upload.size,
    userId: upload.metadata?.userId ?? null,
  };
}

/** Upload ids in the local tus directory: every `<id>.json` info file and every data file. */
async function localIds(env: TEnv): Promise<string[]> {
  const names = await readdir(tusDirectoryOf(env)).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return [] as string[];
    throw err;
  });
  return [...new Set(names.map((n) => n.replace(/\.json$/, '')))].sort();
}

/** Upload ids in the bucket: the `<id>.info` objects @tus/s3-store writes at the root. */
async function s3Ids(client: S3Client, bucket: string): Promise<string[]> {
  const ids: string[] = [];
  let token: string | undefined;
  do {
    // Note: documents live under `documents/`; the delimiter keeps their listing out of this one.
    const page = await client.send(
      new ListObjectsV2Command({ Bucket: bucket, Delimiter: '/', ContinuationToken: token }),
    );
    for (const o of page.Contents ?? [])
      if (o.Key?.endsWith(INFO_SUFFIX)) ids.push(o.Key.slice(0, -INFO_SUFFIX.length));
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return ids;
}

export type TUploadSweep = {
  /** Every upload the store holds; one of unknown age has `startedAt` null. */
  list: () => Promise<TPendingUpload[]>;
  /** Removes the upload with everything it left: bytes, info, S3 parts. Gone already is fine. */
  remove: (id: string) => Promise<void>;
  close: () => void;
};

/**
 * The sweep's view of the tus store the environment names (local disk or S3). The store's own
 * `deleteExpired` is not used: it judges by the machine's clock, and on S3 it leaves the
 * incomplete-part object behind.
 */
export function uploadSweepFor(env: TEnv, store: DataStore): TUploadSweep {
  const s3 = s3SettingsOf(env);
  const client = s3 ? new S3Client(s3ClientConfig(s3)) : null;
  const read = async (id: string): Promise<TPendingUpload> => {
    try {
      return pendingOf(await store.getUpload(id));
    } catch {
      // No readable info: on disk a data file left without its .json (a crash between the two
      // writes) is as old as its last write; otherwise its age is unknown and it is kept.
      const modified = client
        ? null
        : await stat(join(tusDirectoryOf(env), id)).then(
            (s) => s.mtime,
            () => null,
          );
      return { id, startedAt: modified, isComplete: false, userId: null };
    }
  };
  return {
    list: async () => {
      const ids = client && s3 ? await s3Ids(client, s3.bucket) : await localIds(env);
      const out: TPendingUpload[] = [];
      for (const id of ids) out.push(await read(id));
      return out;
    },
    remove: async (id) => {
      await store.remove(id).catch(() => undefined);
      if (client && s3) {
        await client.send(
          new DeleteObjectsCommand({
            Bucket: s3.bucket,
            Delete: { Objects: [id, `${id}.part`, `${id}${INFO_SUFFIX}`].map((Key) => ({ Key })) },
          }),
        );
      } else {
        const dir = tusDirectoryOf(env);
        await rm(join(dir, id), { force: true });
        await rm(join(dir, `${id}.json`), { force: true });
      }
    },
    close: () => client?.destroy(),
  };
}
