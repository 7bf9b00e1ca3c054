import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import { isLocale } from '@/i18n/locales';
import { translator, type TMessageKey } from '@/i18n/translate';
import { declineLetter } from '@/services/referees/decline-letter';
import { MAX_LETTER_BYTES, type TLetterFileError } from '@/services/referees/letter-file';
import { openLetter, type TOpenLetterResult } from '@/services/referees/open-letter';
import type { TLinkProblem } from '@/domain/referees/referee-rules';
import { resolveRefereeLink } from '@/services/referees/resolve-referee-link';
import { viewLetterRequest } from '@/services/referees/view-letter-request';
import { submitLetter, type TLetterInput } from '@/services/referees/submit-letter';
import type { TFieldError } from '@/views/components/form';
import { MessagePage } from '@/views/pages/error-page';
import { LetterLinkPage } from '@/views/pages/referees/letter-link-page';
import { LetterPage } from '@/views/pages/referees/letter-page';

import { fieldErrors, formValue } from '../../form-errors';
import { sendPage, viewContext } from '../../render';
import { LANG_COOKIE } from '../../types';
import { ZDeclineForm, ZLetterForm, ZLinkParams } from './referee-link.schema';

const PROBLEMS: Record<
  TLinkProblem | 'unknown',
  { status: number; title: TMessageKey; message: TMessageKey }
> = {
  unknown: {
    status: 404,
    title: 'referees.letter_unknown_title',
    message: 'referees.letter_unknown',
  },
  submitted: {
    status: 410,
    title: 'referees.letter_submitted_title',
    message: 'referees.letter_submitted',
  },
  declined: {
    status: 410,
    title: 'referees.letter_declined_title',
    message: 'referees.letter_declined',
  },
  replaced: {
    status: 410,
    title: 'referees.letter_replaced_title',
    message: 'referees.letter_replaced',
  },
  closed: { status: 410, title: 'referees.letter_closed_title', message: 'referees.letter_closed' },
};

const FILE_ERRORS: Record<TLetterFileError | 'missing', TMessageKey> = {
  missing: 'errors.letter_file_required',
  empty: 'errors.letter_file_required',
  too_large: 'errors.letter_file_too_large',
  not_pdf: 'errors.letter_file_not_pdf',
  wrong_extension: 'errors.letter_file_wrong_extension',
};

const MAX_MEGABYTES = MAX_LETTER_BYTES / (1024 * 1024);

function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  problem: TLinkProblem | 'unknown',
) {
  const p = PROBLEMS[problem];
  const ctx = viewContext(request, reply);
  return sendPage(
    reply,
    MessagePage({ ctx, title: ctx.t(p.title), message: ctx.t(p.message) }),
    p.status,
  );
}

function sendDone(
  request: FastifyRequest,
  reply: FastifyReply,
  title: TMessageKey,
  message: TMessageKey,
) {
  const ctx = viewContext(request, reply);
  return sendPage(reply, MessagePage({ ctx, title: ctx.t(title), message: ctx.t(message) }));
}

function tokenOf(request: FastifyRequest): string {
  const parsed = ZLinkParams.safeParse(request.params);
  return parsed.success ? parsed.data.token : '';
}

/**
 * Before anything else on a personal link: the token becomes the actor of this one request,
 * `{ kind: 'referee', letterId }` (no session, no cookie but the CSRF one). A dead link stops
 * here with its own page. The page speaks the referee's language unless the visitor chose one.
 */
async function actAsReferee(request: FastifyRequest, reply: FastifyReply) {
  const resolved = await resolveRefereeLink(request.server.deps, tokenOf(request));
  const asked = (request.query as Record<string, unknown> | undefined)?.lang;
  if (resolved.locale && !isLocale(asked) && !isLocale(request.cookies[LANG_COOKIE])) {
    request.locale = resolved.locale;
    request.t = translator(resolved.locale);
  }
  if (!resolved.ok) return sendProblem(request, reply, resolved.problem);
  request.actor = resolved.actor;
}

/**
 * Reads a multipart upload into the body before the CSRF check (which reads `_csrf` from it):
 * the form puts the token before the file. The file is capped at MAX_LETTER_BYTES.
 */
async function readUpload(request: FastifyRequest) {
  const body: Record<string, unknown> = {};
  if (request.isMultipart()) {
    try {
      const parts = request.parts({
        limits: { fileSize: MAX_LETTER_BYTES, files: 1, fields: 5, fieldSize: 4096 },
      });
      for await (const part of parts) {
        if (part.type === 'file') {
          const bytes = await part.toBuffer();
          if (part.fieldname === 'file') body.file = { fileName: part.filename, bytes };
        } else if (typeof part.value === 'string') {
          body[part.fieldname] = part.value;
        }
      }
    } catch (err) {
      if ((err as { code?: string }).code !== 'FST_REQ_FILE_TOO_LARGE') throw err;
      body.fileError = 'too_large';
    }
  }
  request.body = body;
}

/** The referee's personal link (R-GEN-REFEREE): one letter, nothing else. */
export function refereeLinkRoutes(app: FastifyInstance): void {
  void app.register(async (scope) => {
    if (!scope.hasContentTypeParser('multipart/form-data')) await scope.register(multipart);
    const opts = { config: { action: 'letter.write' as const }, onRequest: actAsReferee };

    const showLetter = (
      request: FastifyRequest,
      reply: FastifyReply,
      opened: TOpenLetterResult,
      errors: TFieldError[],
      values: { letter?: string; reason?: string },
    ) => {
      if (!opened.ok) return sendProblem(request, reply, opened.problem);
      const ctx = viewContext(request, reply);
      const linkPath = `/r/${tokenOf(request)}`;
      return sendPage(
        reply,
        LetterPage({
          ctx,
          linkPath,
          letter: opened.letter,
          values,
          errors,
          maxMegabytes: MAX_MEGABYTES,
        }),
        errors.length ? 400 : 200,
      );
    };

    const renderLetter = async (
      request: FastifyRequest,
      reply: FastifyReply,
      errors: TFieldError[],
      values: { letter?: string; reason?: string },
    ) => {
      const opened = await openLetter(app.deps, request.actor, { requestId: request.id });
      return showLetter(request, reply, opened, errors, values);
    };

    const submit = async (request: FastifyRequest, reply: FastifyReply, input: TLetterInput) => {
      const result = await submitLetter(app.deps, request.actor, { requestId: request.id }, input);
      if (result.ok)
        return sendDone(request, reply, 'referees.letter_thanks_title', 'referees.letter_thanks');
      if ('problem' in result) return sendProblem(request, reply, result.problem);
      const message = request.t(FILE_ERRORS[result.fileError]);
      return showLetter(request, reply, result.page, [{ field: 'file', message }], {});
    };

    // A GET changes nothing (mail scanners fetch links unasked): before the referee has pressed
    // the link page's button it shows that page, afterwards the letter form.
    scope.get('/r/:token', opts, async (request, reply) => {
      const viewed = await viewLetterRequest(app.deps, request.actor);
      if (!viewed.ok) return sendProblem(request, reply, viewed.problem);
      if (viewed.isOpened) return renderLetter(request, reply, [], {});
      const ctx = viewContext(request, reply);
      return sendPage(
        reply,
        LetterLinkPage({ ctx, linkPath: `/r/${tokenOf(request)}`, letter: viewed.letter }),
      );
    });

    // The referee's press of the button: opened (R-GEN-REFEREE), then the form at the link.
    scope.post('/r/:token/open', opts, async (request, reply) => {
      const opened = await openLetter(app.deps, request.actor, { requestId: request.id });
      if (!opened.ok) return sendProblem(request, reply, opened.problem);
      return reply.redirect(`/r/${tokenOf(request)}`, 303);
    });

    scope.post('/r/:token/letter', opts, async (request, reply) => {
      const parsed = ZLetterForm.safeParse(request.body);
      if (!parsed.success)
        return renderLetter(request, reply, fieldErrors(parsed.error, request.t), {
          letter: formValue(request.body, 'letter') ?? '',
        });
      return submit(request, reply, { kind: 'text', text: parsed.data.letter });
    });

    scope.post(
      '/r/:token/upload',
      { ...opts, preValidation: readUpload },
      async (request, reply) => {
        const body = request.body as {
          file?: { fileName: string; bytes: Buffer };
          fileError?: 'too_large';
        };
        const error = body.fileError ?? (body.file ? null : 'missing');
        if (error || !body.file)
          return renderLetter(
            request,
            reply,
            [{ field: 'file', message: request.t(FILE_ERRORS[error ?? 'missing']) }],
            {},
          );
        return submit(request, reply, {
          kind: 'file',
          fileName: body.file.fileName,
          bytes: body.file.bytes,
        });
      },
    );

    scope.post('/r/:token/decline', opts, async (request, reply) => {
      const parsed = ZDeclineForm.safeParse(request.body ?? {});
      if (!parsed.success)
        return renderLetter(request, reply, fieldErrors(parsed.error, request.t), {
          reason: formValue(request.body, 'reason') ?? '',
        });
      const result = await declineLetter(
        app.deps,
        request.actor,
        { requestId: request.id },
        parsed.data,
      );
      if (!result.ok) return sendProblem(request, reply, result.problem);
      return sendDone(
        request,
        reply,
        'referees.letter_declined_done_title',
        'referees.letter_declined_done',
      );
    });
  });
}
