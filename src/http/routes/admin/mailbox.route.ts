import type { FastifyInstance } from 'fastify';

import { listMailbox, readMail, type TMailboxEmail } from '@/services/admin/list-mailbox';
import { revealMail } from '@/services/admin/reveal-mail';
import { MailboxPage, MailPage, type TMailView } from '@/views/pages/admin/mailbox-page';

import { parseParams, parseQuery } from '../../parse-request';
import { sendPage, viewContext } from '../../render';
import { ZMailboxQuery, ZMailParams } from './admin.schema';

const PAGE_SIZE = 50;

function mailView(r: TMailboxEmail): TMailView {
  return {
    id: r.id,
    to: r.toAddress,
    subject: r.subject,
    status: r.status,
    createdAt: r.createdAt,
    attempts: r.attempts,
    lastError: r.lastError,
    text: r.textBody,
    hasSecrets: r.hasSecrets,
  };
}

export function mailboxRoutes(app: FastifyInstance): void {
  app.get('/admin/mailbox', { config: { action: 'mailbox.read' } }, async (request, reply) => {
    const { page } = parseQuery(ZMailboxQuery, request);
    const rows = await listMailbox(app.deps, request.actor, {
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    });
    return sendPage(
      reply,
      MailboxPage({
        ctx: viewContext(request, reply),
        mails: rows.map(mailView),
        smtpConfigured: Boolean(app.deps.env.SMTP_URL),
      }),
    );
  });

  // One-time links are masked here; revealing them is a POST (CSRF-checked, audited).
  app.get('/admin/mailbox/:id', { config: { action: 'mailbox.read' } }, async (request, reply) => {
    const { id } = parseParams(ZMailParams, request);
    const mail = mailView(await readMail(app.deps, request.actor, id));
    return sendPage(reply, MailPage({ ctx: viewContext(request, reply), mail, isRevealed: false }));
  });

  // Answers with the page itself (no-store), so the links are never in a URL or the history.
  app.post(
    '/admin/mailbox/:id/reveal',
    { config: { action: 'mailbox.reveal' } },
    async (request, reply) => {
      const { id } = parseParams(ZMailParams, request);
      const revealed = await revealMail(app.deps, request.actor, { requestId: request.id }, id);
      const mail = mailView(revealed);
      return sendPage(
        reply,
        MailPage({ ctx: viewContext(request, reply), mail, isRevealed: true }),
      );
    },
  );
}
