import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';

import multipart, { type MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import { MAX_DOCUMENT_BYTES } from '@/domain/applications/document-file';
import { listDocuments, type TDocumentsView } from '@/services/documents/list-documents';
import { openDocument } from '@/services/documents/open-document';
import { removeDocument } from '@/services/documents/remove-document';
import { storeDocument } from '@/services/documents/store-document';
import { DocumentsPage, type TUploadError } from '@/views/pages/applications/documents-page';

import { parseParams, parseQuery } from '../../parse-request';
import { sendPage, viewContext } from '../../render';
import { contentDisposition } from './documents.download';
import { refusalMessage, refusalStatus } from './documents.messages';
import {
  uploadTargetOf,
  ZApplicationParams,
  ZDocumentParams,
  ZDocumentsQuery,
  ZUploadTargetFields,
  type TFormFile,
} from './documents.schema';
import { tusRoutes } from './documents.tus';

const tusClientScript = createRequire(import.meta.url).resolve('tus-js-client/dist/tus.min.js');

const read = { config: { action: 'document.read' as const } };
const upload = { config: { action: 'document.upload' as const } };

/** Keeps the form's one file on the body with its name; past 20 MB only the mark is kept. */
async function onFile(this: FastifyRequest, part: MultipartFile): Promise<void> {
  const bytes = await part.toBuffer();
  const isTooLarge = part.file.truncated;
  const file: TFormFile = {
    fileName: part.filename,
    bytes: isTooLarge ? Buffer.alloc(0) : bytes,
    isTooLarge,
  };
  (part as unknown as { value: TFormFile }).value = file;
}

async function renderPage(
  request: FastifyRequest,
  reply: FastifyReply,
  view: TDocumentsView,
  opts: { status?: number; error?: TUploadError; notice?: string } = {},
) {
  const ctx = viewContext(request, reply);
  return sendPage(
    reply,
    DocumentsPage({ ctx, view, now: request.receivedAt, ...opts }),
    opts.status ?? 200,
  );
}

/** Documents of an application: page, plain-form upload, tus, download. */
export function documentRoutes(app: FastifyInstance): void {
  app.get('/assets/vendor/tus.min.js', { config: { action: 'public.view' } }, (_req, reply) =>
    reply
      .header('content-type', 'text/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=86400')
      .send(createReadStream(tusClientScript)),
  );

  void app.register(async (scope) => tusRoutes(scope));

  app.get('/applications/:id/documents', read, async (request, reply) => {
    const { id } = parseParams(ZApplicationParams, request);
    const query = parseQuery(ZDocumentsQuery, request);
    const notice =
      query.uploaded === '1'
        ? request.t('documents.uploaded_notice')
        : query.removed === '1'
          ? request.t('documents.removed_notice')
          : undefined;
    const view = await listDocuments(app.deps, request.actor, id);
    return renderPage(request, reply, view, notice ? { notice } : {});
  });

  app.get('/applications/:id/documents/:documentId', read, async (request, reply) => {
    const { id, documentId } = parseParams(ZDocumentParams, request);
    const { document, stream } = await openDocument(app.deps, request.actor, {
      applicationId: id,
      documentId,
      isThumbnail: false,
    });
    return reply
      .header('content-type', document.contentType)
      .header('content-length', String(document.sizeBytes))
      .header('content-disposition', contentDisposition('attachment', document.fileName))
      .header('cache-control', 'private, no-store')
      .send(stream);
  });

  app.get('/applications/:id/documents/:documentId/thumbnail', read, async (request, reply) => {
    const { id, documentId } = parseParams(ZDocumentParams, request);
    const { stream } = await openDocument(app.deps, request.actor, {
      applicationId: id,
      documentId,
      isThumbnail: true,
    });
    return reply
      .header('content-type', 'image/jpeg')
      .header('content-disposition', 'inline')
      .header('cache-control', 'private, max-age=3600')
      .send(stream);
  });

  void app.register(async (scope) => {
    // Note: keyValues puts `_csrf` on the body as a string, where the policy hook's CSRF check
    // (a preHandler, after this preValidation parse) reads it, as it does for urlencoded forms.
    await scope.register(multipart, {
      attachFieldsToBody: 'keyValues',
      onFile,
      // A file past the limit is cut short and marked, so the page can say "larger than 20 MB".
      throwFileSizeLimit: false,
      limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1, fields: 10, fieldSize: 1000, parts: 12 },
    });

    scope.post('/applications/:id/documents', upload, async (request, reply) => {
      const { id } = parseParams(ZApplicationParams, request);
      const body = (request.body ?? {}) as Record<string, unknown>;
      const fields = ZUploadTargetFields.safeParse(body);
      const slotKey = `${fields.success ? fields.data.slot : 'form'}${
        fields.success && fields.data.role === 'translation' ? `-${fields.data.translationOf}` : ''
      }`;
      const fail = async (status: number, message: string, view?: TDocumentsView) =>
        renderPage(request, reply, view ?? (await listDocuments(app.deps, request.actor, id)), {
          status,
          error: { slotKey, message },
        });
      if (!fields.success) return fail(400, request.t('documents.error_unknown_slot'));
      const file = body.file as TFormFile | undefined;
      if (!file || (!file.fileName && file.bytes.length === 0))
        return fail(400, request.t('documents.error_no_file'));
      if (file.isTooLarge) return fail(413, request.t('documents.error_too_large'));
      const result = await storeDocument(
        app.deps,
        request.actor,
        { requestId: request.id },
        {
          applicationId: id,
          target: uploadTargetOf(fields.data),
          fileName: file.fileName,
          bytes: file.bytes,
        },
      );
      if (!result.ok)
        return fail(refusalStatus(result), refusalMessage(request.t, result), result.page);
      return reply.redirect(
        `/applications/${id}/documents?uploaded=1#slot-${result.document.slot}`,
        303,
      );
    });

    scope.post('/applications/:id/documents/:documentId/remove', upload, async (request, reply) => {
      const { id, documentId } = parseParams(ZDocumentParams, request);
      const result = await removeDocument(
        app.deps,
        request.actor,
        { requestId: request.id },
        { applicationId: id, documentId },
      );
      if (!result.ok)
        return renderPage(request, reply, result.page, {
          status: 409,
          error: { slotKey: 'form', message: request.t('documents.error_not_editable') },
        });
      return reply.redirect(`/applications/${id}/documents?removed=1`, 303);
    });
  });
}
