import type { FastifyInstance } from 'fastify';

import { lookUpVerificationCode } from '@/services/print/look-up-verification-code';
import { printApplication } from '@/services/print/print-application';
import { VerifyPage } from '@/views/pages/staff/verify-page';

import { parseParams, parseQuery } from '../../parse-request';
import { sendPage, viewContext } from '../../render';
import { ZPrintParams, ZVerificationCode, ZVerifyQuery } from './print.schema';

/** A file name that is safe in any header and file system: the receipt number or "draft". */
function pdfFileName(receiptNumber: string | null, isSubmitted: boolean): string {
  const stem = isSubmitted && receiptNumber ? receiptNumber : 'draft';
  return `jiangxue-application-${stem.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 80)}.pdf`;
}

export function printRoutes(app: FastifyInstance): void {
  // The printed form in the applicant's language; owner or staff of the application, 404 for
  // anyone else. Before submission it prints as a marked DRAFT without a verification code.
  app.get(
    '/applications/:id/form.pdf',
    { config: { action: 'application.read' } },
    async (request, reply) => {
      const { id } = parseParams(ZPrintParams, request);
      const { pdf, receiptNumber, isSubmitted } = await printApplication(
        app.deps,
        request.actor,
        id,
      );
      const name = pdfFileName(receiptNumber, isSubmitted);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="${name}"`)
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  );

  app.get('/staff/verify', { config: { action: 'application.verify' } }, async (request, reply) => {
    const { code: typed } = parseQuery(ZVerifyQuery, request);
    const ctx = viewContext(request, reply);
    if (typed === undefined || typed.trim() === '')
      return sendPage(reply, VerifyPage({ ctx, code: '', result: null }));
    const code = ZVerificationCode.safeParse(typed);
    if (!code.success)
      return sendPage(
        reply,
        VerifyPage({ ctx, code: typed, result: null, error: request.t('verify.invalid') }),
        400,
      );
    const result = await lookUpVerificationCode(app.deps, request.actor, code.data);
    return sendPage(reply, VerifyPage({ ctx, code: code.data, result }));
  });
}
