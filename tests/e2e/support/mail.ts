import type { ParsedMail } from 'mailparser';

import type { SmtpPeer } from '@/test-support/smtp-peer';

/** Every address a message was sent to (To, Cc). */
export function recipientsOf(mail: ParsedMail): string[] {
  const lists = [mail.to, mail.cc].flatMap((a) =>
    a === undefined ? [] : Array.isArray(a) ? a : [a],
  );
  return lists.flatMap((list) => list.value.map((v) => (v.address ?? '').toLowerCase()));
}

/**
 * The first message the SMTP peer received for `to` whose subject is `subject`, waiting for it
 * to arrive (outbox → pg-boss job → nodemailer → SMTP). Unlike `SmtpPeer.waitFor`, which takes
 * the first message to an address, this tells apart the several emails one person receives.
 */
export async function waitForMail(
  peer: SmtpPeer,
  to: string,
  subject: string,
  timeoutMs = 90_000,
): Promise<ParsedMail> {
  const address = to.toLowerCase();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = peer.received.find(
      (m) => m.subject === subject && recipientsOf(m).includes(address),
    );
    if (found) return found;
    if (Date.now() > deadline) {
      const seen = peer.received
        .filter((m) => recipientsOf(m).includes(address))
        .map((m) => `  "${m.subject}"`);
      throw new Error(
        `no mail "${subject}" to ${to} within ${timeoutMs} ms; received for that address:\n${seen.join('\n') || '  (none)'}`,
      );
    }
    // The peer has no public "next message" signal: look again shortly.
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The first link in a message's text that starts with `prefix` (e.g. `${baseUrl}/r/`). */
export function linkIn(mail: ParsedMail, prefix: string): string {
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const link = new RegExp(`${escaped}[^\\s<>"')]+`).exec(mail.text ?? '')?.[0];
  if (!link) throw new Error(`no link starting with ${prefix} in:\n${mail.text}`);
  return link;
}
