import { PDFDocument } from 'pdf-lib';

import { findApplication } from '@/db/repositories/application.repository';
import { listApplicationDocuments } from '@/db/repositories/document.repository';
import type { TLocale } from '@/i18n/locales';
import { translate } from '@/i18n/translate';
import type { TActor } from '@/policies/actor';

import type { TDeps } from '../context';
import { storageFor } from '../documents/storage/create-storage';
import { printableOf } from '../print/load-printable-application';
import { renderApplicationPdf } from '../print/render-application-pdf';
import { applicantName } from './applicant-name';
import { appendImage, appendPdf, notePdf, readAll } from './packet-pdf';
import { requireQueue } from './reviewer-access';

const IMAGES = new Set(['image/jpeg', 'image/png']);

/**
 * The offline packet: one PDF of every application in the member's queue (assigned, never a
 * conflicted one: R-GEN-COI), in queue order — each its printed form (the print service's
 * renderer) followed by its documents: PDFs merged, JPEG and PNG images placed on a page, and
 * a note page in the reviewer's language for a file that cannot be included.
 * @example const r = await buildOfflinePacket(deps, actor, panelId, 'en');
 */
export async function buildOfflinePacket(
  deps: TDeps,
  actor: TActor,
  panelId: string,
  locale: TLocale,
): Promise<
  { kind: 'declare_first'; panelId: string } | { kind: 'file'; pdf: Buffer; name: string }
> {
  const found = await requireQueue(deps, actor, panelId);
  if ('kind' in found) return found;
  const db = deps.database.db;
  const storage = storageFor(deps.env);
  const packet = await PDFDocument.create();
  packet.setTitle(found.membership.panel.name);
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(locale, key, params);
  if (found.queue.length === 0)
    await appendPdf(
      packet,
      await notePdf(found.membership.panel.name, [t('reviewing.queue.empty')]),
    );
  for (const entry of found.queue) {
    const app = await findApplication(db, entry.applicationId);
    if (!app) continue;
    const printable = await printableOf(deps, app);
    await appendPdf(packet, await renderApplicationPdf(printable, printable.applicant.locale));
    for (const doc of await listApplicationDocuments(db, app.id)) {
      let isIncluded = false;
      if (doc.contentType === 'application/pdf' || IMAGES.has(doc.contentType)) {
        try {
          const bytes = await readAll(await storage.get(doc.storageKey));
          isIncluded =
            doc.contentType === 'application/pdf'
              ? await appendPdf(packet, bytes)
              : await appendImage(packet, bytes, doc.contentType);
        } catch {
          isIncluded = false;
        }
      }
      if (!isIncluded)
        await appendPdf(
          packet,
          await notePdf(t('reviewing.packet.skipped_title'), [
            t('reviewing.packet.skipped_body', {
              applicant: applicantName(entry),
              file: doc.fileName,
              type: doc.contentType,
            }),
          ]),
        );
    }
  }
  const pdf = Buffer.from(await packet.save());
  return { kind: 'file', pdf, name: `review-packet-${panelId.slice(0, 8)}.pdf` };
}
