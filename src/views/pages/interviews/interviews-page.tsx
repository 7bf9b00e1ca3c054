import { endTimeInZone } from '@/domain/interviews';
import { formatBeijingDateTime } from '@/i18n/format';
import type { TInterviewsView } from '@/services/interviews/get-interviews-page';

import { ErrorSummary, Form, TextField, type TFieldError } from '../../components/form';
import { TableScroll } from '../../components/table-scroll';
import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';

/**
 * A panel's interviews (issue 11 point 7, R-REV-RANK): the slots with who booked them, a form
 * for a new slot (Beijing time), "Invite shortlisted", and each shortlisted application's
 * booking and interview score.
 */
export function InterviewsPage({
  ctx,
  view,
  errors = [],
  values = {},
  notice,
}: {
  ctx: TViewContext;
  view: TInterviewsView;
  errors?: TFieldError[];
  values?: Record<string, string>;
  notice?: string | undefined;
}) {
  const { t } = ctx;
  const base = `/staff/panels/${view.panel.id}/interviews`;
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;
  const title = t('interviews.title', { name: view.panel.name });
  const when = (startsAt: Date, minutes: number) =>
    `${formatBeijingDateTime(startsAt, ctx.locale)} – ${endTimeInZone(startsAt, minutes, 'Asia/Shanghai')}`;
  const inviteError = errorOf('invite');
  return (
    <PageLayout ctx={ctx} title={title}>
      <ErrorSummary ctx={ctx} errors={errors} />
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
      <h1>{title}</h1>
      <p>
        <a href={`/staff/panels/${view.panel.id}/ranking`}>{t('interviews.back_to_ranking')}</a>
      </p>

      <h2 id="slots-heading">{t('interviews.slots_heading')}</h2>
      {view.slots.length === 0 ? (
        <p>{t('interviews.slots_none')}</p>
      ) : (
        <TableScroll label={t('interviews.slots_heading')}>
          <table>
            <caption class="visually-hidden">{t('interviews.slots_heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('interviews.col_when')}</th>
                <th scope="col">{t('interviews.col_duration')}</th>
                <th scope="col">{t('interviews.col_location')}</th>
                <th scope="col">{t('interviews.col_booked_by')}</th>
                <th scope="col">{t('interviews.col_actions')}</th>
              </tr>
            </thead>
            <tbody>
              {view.slots.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    <time datetime={s.startsAt.toISOString()}>
                      {when(s.startsAt, s.durationMinutes)}
                    </time>
                  </th>
                  <td>{t('interviews.minutes', { minutes: s.durationMinutes })}</td>
                  <td>{s.location}</td>
                  <td>{s.bookedBy ?? t('interviews.free')}</td>
                  <td>
                    {s.bookedBy ? null : (
                      <Form ctx={ctx} action={`${base}/slots/${s.id}/remove`}>
                        <button type="submit" class="button--secondary">
                          {t('interviews.remove_slot')}
                          <span class="visually-hidden">
                            {' '}
                            {when(s.startsAt, s.durationMinutes)}
                          </span>
                        </button>
                      </Form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}

      <section aria-labelledby="new-slot-heading">
        <h2 id="new-slot-heading">{t('interviews.new_slot_heading')}</h2>
        <p class="hint">{t('interviews.new_slot_help')}</p>
        <Form ctx={ctx} action={`${base}/slots`}>
          <TextField
            id="slot-date"
            label={t('interviews.slot_date')}
            hint={t('interviews.slot_date_hint')}
            type="date"
            value={values.date}
            error={errorOf('slot-date')}
            width="short"
          />
          <TextField
            id="slot-time"
            label={t('interviews.slot_time')}
            hint={t('interviews.slot_time_hint')}
            value={values.time}
            error={errorOf('slot-time')}
            width="short"
          />
          <TextField
            id="slot-duration"
            label={t('interviews.slot_duration')}
            hint={t('interviews.slot_duration_hint')}
            value={values.duration ?? '30'}
            error={errorOf('slot-duration')}
            width="short"
          />
          <TextField
            id="slot-location"
            label={t('interviews.slot_location')}
            hint={t('interviews.slot_location_hint')}
            value={values.location}
            error={errorOf('slot-location')}
          />
          <button type="submit">{t('interviews.create_slot')}</button>
        </Form>
      </section>

      <h2 id="candidates-heading">{t('interviews.candidates_heading')}</h2>
      <p>
        {t('interviews.candidates_count', {
          count: view.candidates.length,
          toInvite: view.toInvite,
          free: view.freeSlots,
        })}
      </p>
      <Form ctx={ctx} action={`${base}/invitations`}>
        <div class={inviteError ? 'field field--error' : 'field'}>
          {inviteError ? (
            <p class="field-error" id="invite-error">
              {inviteError}
            </p>
          ) : null}
          <button
            type="submit"
            id="invite"
            aria-describedby={inviteError ? 'invite-error' : undefined}
          >
            {t('interviews.invite_submit', { count: view.toInvite })}
          </button>
        </div>
      </Form>
      {view.candidates.length === 0 ? (
        <p>{t('interviews.candidates_none')}</p>
      ) : (
        <TableScroll label={t('interviews.candidates_heading')}>
          <table>
            <caption class="visually-hidden">{t('interviews.candidates_heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('interviews.col_applicant')}</th>
                <th scope="col">{t('interviews.col_status')}</th>
                <th scope="col">{t('interviews.col_score')}</th>
              </tr>
            </thead>
            <tbody>
              {view.candidates.map((c) => {
                const field = `score-${c.applicationId}`;
                return (
                  <tr key={c.applicationId}>
                    <th scope="row">{c.applicantName}</th>
                    <td>
                      {c.slot
                        ? t('interviews.status_booked', {
                            when: when(c.slot.startsAt, c.slot.durationMinutes),
                          })
                        : t(`interviews.status_${c.status}` as 'interviews.status_invited')}
                    </td>
                    <td>
                      {c.status === 'booked' ? (
                        <Form ctx={ctx} action={`${base}/${c.applicationId}/score`}>
                          <TextField
                            id={field}
                            label={t('interviews.score_label', { name: c.applicantName })}
                            hint={t('interviews.score_hint')}
                            value={values[field] ?? c.score ?? ''}
                            error={errorOf(field)}
                            width="short"
                          />
                          <button type="submit">{t('interviews.score_submit')}</button>
                        </Form>
                      ) : (
                        (c.score ?? t('interviews.score_none'))
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </PageLayout>
  );
}
