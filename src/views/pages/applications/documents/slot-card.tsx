import type { TStoredDocument } from '@/services/documents/list-documents';
import { PHYSICAL_EXAM_SLOT, type TDocumentSlot } from '@/domain/applications/document-slots';
import type { TMessageKey } from '@/i18n/translate';

import type { TViewContext } from '../../../view-context';
import { DocumentItem } from './document-item';
import { UploadForm } from './upload-form';

export type TSlotCardProps = {
  ctx: TViewContext;
  applicationId: string;
  programId: string;
  slot: TDocumentSlot;
  /** The slot's current files: originals and their translations. */
  documents: TStoredDocument[];
  canEdit: boolean;
  now: Date;
  /** The refused upload's form and message, shown beside that form. */
  error?: { slotKey: string; message: string } | undefined;
};

function StatusTag({ ctx, slot, has }: { ctx: TViewContext; slot: TDocumentSlot; has: boolean }) {
  if (slot.source !== 'upload') return null;
  if (has) return <strong class="tag">{ctx.t('documents.status_uploaded')}</strong>;
  if (slot.isNeeded)
    return <strong class="tag tag--warn">{ctx.t('documents.status_missing')}</strong>;
  return null;
}

/** What a slot needs (label, required, condition, count, rule) and what it holds. */
export function SlotCard(p: TSlotCardProps) {
  const { t, locale } = p.ctx;
  const { spec } = p.slot;
  const originals = p.documents.filter((d) => d.role === 'original');
  const isExam = p.programId === 'csc' && spec.id === PHYSICAL_EXAM_SLOT;
  const wantsNotarised = p.programId === 'csc';
  const isMissing = p.slot.source === 'upload' && p.slot.isNeeded && originals.length === 0;
  const errorFor = (key: string) => (p.error?.slotKey === key ? p.error.message : undefined);
  return (
    <li
      class={isMissing ? 'result result--review' : 'result'}
      id={`slot-${spec.id}`}
      aria-labelledby={`slot-${spec.id}-title`}
    >
      <h2 class="card-title" id={`slot-${spec.id}-title`}>
        {locale === 'zh-CN' ? spec.label.zh : spec.label.en}
      </h2>
      <p>
        <span class="tag">
          {spec.isRequired ? t('documents.required') : t('documents.optional')}
        </span>{' '}
        <StatusTag ctx={p.ctx} slot={p.slot} has={originals.length > 0} />
        {p.slot.count > 1 ? <span> {t('documents.count', { count: p.slot.count })}</span> : null}
      </p>
      {spec.condition ? (
        <p>
          {t('documents.condition_label', {
            condition: t(`documents.condition.${spec.condition}` as TMessageKey),
          })}
          {p.slot.condition === 'unknown' && spec.isRequired ? (
            <span class="hint"> {t('documents.condition_unknown')}</span>
          ) : null}
          {p.slot.condition === 'not_holds' ? (
            <span class="hint"> {t('documents.condition_not_holds')}</span>
          ) : null}
        </p>
      ) : null}
      <p class="hint">{t('documents.rule', { rule: spec.rule })}</p>
      {p.slot.source === 'referees' ? <p>{t('documents.source_referees')}</p> : null}
      {p.slot.source === 'form' ? <p>{t('documents.source_form')}</p> : null}
      {p.slot.source === 'translations' ? <p>{t('documents.source_translations')}</p> : null}
      {p.slot.source === 'upload' ? (
        <>
          {originals.length === 0 ? <p>{t('documents.nothing_uploaded')}</p> : null}
          {originals.map((doc) => {
            const translations = p.documents.filter(
              (d) => d.role === 'translation' && d.translationOfId === doc.id,
            );
            const key = `${spec.id}-${doc.id}`;
            return (
              <div key={doc.id}>
                <DocumentItem
                  ctx={p.ctx}
                  applicationId={p.applicationId}
                  doc={doc}
                  canEdit={p.canEdit}
                  now={p.now}
                  isPhysicalExam={isExam}
                />
                {doc.isOtherLanguage ? (
                  <div class="translation">
                    <h3>{t('documents.translation_heading')}</h3>
                    <p class="hint">
                      {wantsNotarised
                        ? t('documents.translation_hint_notarised')
                        : t('documents.translation_hint')}
                    </p>
                    {translations.length === 0 ? (
                      <p>
                        <strong class="tag tag--warn">{t('documents.translation_missing')}</strong>
                      </p>
                    ) : null}
                    {translations.map((tr) => (
                      <DocumentItem
                        key={tr.id}
                        ctx={p.ctx}
                        applicationId={p.applicationId}
                        doc={tr}
                        canEdit={p.canEdit}
                        now={p.now}
                        isPhysicalExam={false}
                      />
                    ))}
                    {p.canEdit ? (
                      <UploadForm
                        ctx={p.ctx}
                        applicationId={p.applicationId}
                        slot={spec.id}
                        formKey={key}
                        translationOfId={doc.id}
                        asksExamDate={false}
                        hasFile={translations.length > 0}
                        error={errorFor(key)}
                      />
                    ) : null}
                  </div>
                ) : null}
              </div>
            );
          })}
          {p.canEdit ? (
            <UploadForm
              ctx={p.ctx}
              applicationId={p.applicationId}
              slot={spec.id}
              formKey={spec.id}
              asksExamDate={isExam}
              hasFile={originals.length >= p.slot.count}
              error={errorFor(spec.id)}
            />
          ) : null}
        </>
      ) : null}
    </li>
  );
}
