import type { IncomingMessage } from 'node:http';

import { ERRORS, Server, type DataStore, type Upload } from '@tus/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import { MAX_DOCUMENT_BYTES } from '@/domain/applications/document-file';
import type { TTranslate } from '@/i18n/translate';
import { AccessDeniedError } from '@/policies/access';
import type { TActor } from '@/policies/actor';
import { AppError } from '@/services/app-error';
import { prepareUpload } from '@/services/documents/prepare-upload';
import { readAll, readUpload, uploadStoreFor } from '@/services/documents/storage/upload-store';
import { storeDocument } from '@/services/documents/store-document';

import { refusalMessage, refusalStatus } from './documents.messages';
import { uploadTargetOf, ZTusMetadata } from './documents.schema';

/** Where tus clients create and resume uploads. */
export const UPLOADS_PATH = '/uploads';

type TRequestContext = { actor: TActor; t: TTranslate; requestId: string };

/** tus hooks see srvx's request; its Node request leads back to the Fastify request's facts. */
const contexts = new WeakMap<IncomingMessage, TRequestContext>();

function contextOf(req: object): TRequestContext {
  const raw = (req as { runtime?: { node?: { req?: IncomingMessage } } }).runtime?.node?.req;
  const ctx = raw ? contexts.get(raw) : undefined;
  if (!ctx) throw ERRORS.UNKNOWN_ERROR;
  return ctx;
}

const refuse = (status: number, body: string) => ({ status_code: status, body: `${body}\n` });

function ownerOf(upload: Upload): string | undefined {
  return upload.metadata?.userId ?? undefined;
}

/** Upload-Metadata without the keys sent with no value. */
function metadataOf(upload: Upload): Record<string, string> {
  return Object.fromEntries(
    Object.entries(upload.metadata ?? {}).filter((e): e is [string, string] => e[1] !== null),
  );
}

/** "Not yours" and "no such application" are the same 404 to tus clients too. */
function hidden(err: unknown): never {
  if (err instanceof AccessDeniedError || (err instanceof AppError && err.status === 404))
    throw ERRORS.FILE_NOT_FOUND;
  throw err;
}

/**
 * The tus server (resumable uploads) inside Fastify. Every request is the session's: the
 * route's policy (`document.upload`) and CSRF check run first — tus-js-client sends the page's
 * token in `x-csrf-token` — and each upload is bound to the user who created it (anyone else
 * gets 404 for it). Creation judges the target and the size before any byte travels; the end
 * of the upload hands the bytes to `storeDocument`, and the unfinished upload is deleted either
 * way, so a refused file leaves nothing behind.
 */
export function tusRoutes(app: FastifyInstance): void {
  const { deps } = app;
  // Made on the first upload: the disk store creates its directory, which no other page needs.
  let server: Server | null = null;
  const tusServer = (): Server => (server ??= createTusServer());

  function createTusServer(): Server {
    const store: DataStore = uploadStoreFor(deps.env);
    return new Server({
      path: UPLOADS_PATH,
      datastore: store,
      maxSize: MAX_DOCUMENT_BYTES,
      relativeLocation: true,
      allowedOrigins: [new URL(deps.env.PUBLIC_URL).origin],
      async onUploadCreate(req, upload) {
        const ctx = contextOf(req);
        const meta = ZTusMetadata.safeParse(metadataOf(upload));
        if (!meta.success || ctx.actor.kind !== 'user')
          throw refuse(400, ctx.t('documents.error_unknown_slot'));
        const result = await prepareUpload(deps, ctx.actor, {
          applicationId: meta.data.applicationId,
          target: uploadTargetOf(meta.data),
          fileName: meta.data.filename,
          sizeBytes: upload.size ?? null,
        }).catch(hidden);
        if (!result.ok) throw refuse(refusalStatus(result), refusalMessage(ctx.t, result));
        // `startedAt` by the injected clock: the sweep of abandoned uploads judges by it.
        const startedAt = deps.now().toISOString();
        return { metadata: { ...upload.metadata, userId: ctx.actor.userId, startedAt } };
      },
      async onIncomingRequest(req, id) {
        if (req.method === 'POST') return;
        const ctx = contextOf(req);
        const upload = await store.getUpload(id);
        if (ctx.actor.kind !== 'user' || ownerOf(upload) !== ctx.actor.userId)
          throw ERRORS.FILE_NOT_FOUND;
      },
      async onUploadFinish(req, upload) {
        const ctx = contextOf(req);
        try {
          const meta = ZTusMetadata.parse(metadataOf(upload));
          const bytes = await readAll(await readUpload(store, upload.id), MAX_DOCUMENT_BYTES);
          const result = await storeDocument(
            deps,
            ctx.actor,
            { requestId: ctx.requestId },
            {
              applicationId: meta.applicationId,
              target: uploadTargetOf(meta),
              fileName: meta.filename,
              bytes,
            },
          ).catch(hidden);
          if (!result.ok) throw refuse(refusalStatus(result), refusalMessage(ctx.t, result));
          return { headers: { 'X-Document-Id': result.document.id } };
        } finally {
          await store.remove(upload.id).catch(() => undefined);
        }
      },
      onResponseError(req, err) {
        const status = 'status_code' in err ? err.status_code : 500;
        if (status === 413) return refuse(413, contextOf(req).t('documents.error_too_large'));
        return undefined;
      },
    });
  }

  async function handle(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    contexts.set(request.raw, { actor: request.actor, t: request.t, requestId: request.id });
    reply.hijack();
    await tusServer().handle(request.raw, reply.raw);
  }

  const config = { action: 'document.upload' as const };
  // Note: tus bodies are raw bytes for the store: no parser may read them.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (_request, _payload, done) => done(null));
  for (const url of [UPLOADS_PATH, `${UPLOADS_PATH}/:uploadId`]) {
    app.route({ method: ['POST', 'HEAD', 'PATCH', 'DELETE'], url, config, handler: handle });
  }
}
