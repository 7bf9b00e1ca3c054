import multipart, { type MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import { buildOfflinePacket } from '@/services/reviewing/build-offline-packet';
import { buildScoreSheet } from '@/services/reviewing/build-score-sheet';
import { importScoreSheet } from '@/services/reviewing/import-score-sheet';
import {
  openReviewDocument,
  printReviewApplication,
} from '@/services/reviewing/open-review-document';
import { requireScoreSheetUpload } from '@/services/reviewing/require-score-sheet-upload';
import { ScoreSheetPage } from '@/views/pages/reviewing/score-sheet-page';

import { parseParams } from '../../parse-request';
import { sendPage, viewContext } from '../../render';
import { contentDisposition } from '../applications/documents.download';
import { ZApplicationParams, ZDocumentParams, ZPanelParams } from './reviewing.schema';

const work = { config: { action: 'review.work' as const } };
const MAX_SHEET_BYTES = 5 * 1024 * 1024;

const toDeclaration = (reply: FastifyReply, panelId: string) =>
  reply.redirect(`/review/panels/${panelId}/conflicts`, 303);

/**
 * A file shown inside the review page: framed by our own pages only (the site's policy says
 * frame-ancestors 'none' for everything else), never cached, never sniffed.
 */
function inlineForFrame(reply: FastifyReply, contentType: string, fileName: string) {
  return reply
    .header('content-type', contentType)
    .header('content-disposition', contentDisposition('inline', fileName))
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .header('x-frame-options', 'SAMEORIGIN')
    .header(
      'content-security-policy',
      "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'",
    );
}

type TSheetFile = { fileName: string; bytes: Buffer; isTooLarge: boolean };

async function onFile(this: FastifyRequest, part: MultipartFile): Promise<void> {
  const bytes = await part.toBuffer();
  const file: TSheetFile = {
    fileName: part.filename,
    bytes: part.file.truncated ? Buffer.alloc(0) : bytes,
    isTooLarge: part.file.truncated,
  };
  (part as unknown as { value: TSheetFile }).value = file;
}

export function reviewingFileRoutes(app: FastifyInstance): void {
  app.get(
    '/review/panels/:panelId/applications/:applicationId/documents/:documentId',
    work,
    async (request, reply) => {
      const { panelId, applicationId, documentId } = parseParams(ZDocumentParams, request);
      const r = await openReviewDocument(app.deps, request.actor, {
        panelId,
        applicationId,
        documentId,
      });
      if (r.kind === 'declare_first') return toDeclaration(reply, panelId);
      return inlineForFrame(reply, r.document.contentType, r.document.fileName).send(r.stream);
    },
  );

  app.get(
    '/review/panels/:panelId/applications/:applicationId/form.pdf',
    work,
    async (request, reply) => {
      const { panelId, applicationId } = parseParams(ZApplicationParams, request);
      const r = await printReviewApplication(app.deps, request.actor, { panelId, applicationId });
      if (r.kind === 'declare_first') return toDeclaration(reply, panelId);
      return inlineForFrame(reply, 'application/pdf', 'application.pdf').send(r.pdf);
    },
  );

  app.get('/review/panels/:panelId/packet.pdf', work, async (request, reply) => {
    const { panelId } = parseParams(ZPanelParams, request);
    const r = await buildOfflinePacket(app.deps, request.actor, panelId, request.locale);
    if (r.kind === 'declare_first') return toDeclaration(reply, panelId);
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', contentDisposition('attachment', r.name))
      .header('cache-control', 'private, no-store')
      .send(r.pdf);
  });

  app.get('/review/panels/:panelId/score-sheet.xlsx', work, async (request, reply) => {
    const { panelId } = parseParams(ZPanelParams, request);
    const r = await buildScoreSheet(app.deps, request.actor, panelId, request.locale);
    if (r.kind === 'declare_first') return toDeclaration(reply, panelId);
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', contentDisposition('attachment', r.name))
      .header('cache-control', 'private, no-store')
      .send(r.xlsx);
  });

  app.get('/review/panels/:panelId/score-sheet', work, async (request, reply) => {
    const { panelId } = parseParams(ZPanelParams, request);
    const r = await requireScoreSheetUpload(app.deps, request.actor, panelId);
    if (r.kind === 'declare_first') return toDeclaration(reply, panelId);
    return sendPage(reply, ScoreSheetPage({ ctx: viewContext(request, reply), panelId }));
  });

  void app.register(async (scope) => {
    await scope.register(multipart, {
      attachFieldsToBody: 'keyValues',
      onFile,
      throwFileSizeLimit: false,
      limits: { fileSize: MAX_SHEET_BYTES, files: 1, fields: 5, fieldSize: 1000, parts: 6 },
    });
    scope.post('/review/panels/:panelId/score-sheet', work, async (request, reply) => {
      const { panelId } = parseParams(ZPanelParams, request);
      const body = (request.body ?? {}) as Record<string, unknown>;
      const file = body.sheet as TSheetFile | undefined;
      const ctx = viewContext(request, reply);
      const refuse = (key: 'reviewing.sheet.no_file' | 'reviewing.sheet.too_large') =>
        sendPage(reply, ScoreSheetPage({ ctx, panelId, error: ctx.t(key) }), 400);
      if (!file || typeof file !== 'object' || file.bytes.length === 0)
        return file?.isTooLarge
          ? refuse('reviewing.sheet.too_large')
          : refuse('reviewing.sheet.no_file');
      const result = await importScoreSheet(
        app.deps,
        request.actor,
        { requestId: request.id, receivedAt: request.receivedAt },
        { panelId, bytes: file.bytes },
      );
      if (result.kind === 'declare_first') return toDeclaration(reply, panelId);
      if (result.errors.length === 0)
        return reply.redirect(`/review/panels/${panelId}?imported=${result.savedRows}`, 303);
      return sendPage(reply, ScoreSheetPage({ ctx, panelId, result }), 400);
    });
  });
}
