import { endTimeInZone, TIME_ZONES, timeInZone } from '@/domain/interviews';
import { formatBeijingDateTime } from '@/i18n/format';
import type { TBookingSlot, TBookingView } from '@/services/interviews/view-booking';

import { ErrorSummary, Form, type TFieldError } from '../../components/form';
import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';

/**
 * The applicant's booking page from the personal link (issue 11 point 7). Each slot is shown
 * in Beijing time (R-GEN-TIME) and in the zone of the select — prefilled from the page's
 * query, the remembered choice or the nationality; with JavaScript, /assets/interview-zone.js
 * offers the browser's zone. Structure for tests and assistive technology: one h1, a zone form
 * ("Show times"), then one fieldset whose radios are each labelled by one slot, and one button.
 */
export function BookingPage({
  ctx,
  view,
  errors = [],
  notice,
}: {
  ctx: TViewContext;
  view: TBookingView;
  errors?: TFieldError[];
  notice?: string | undefined;
}) {
  const { t } = ctx;
  const title = t('interviews.booking_title');
  const program = view.program ? (ctx.locale === 'zh-CN' ? view.program.zh : view.program.en) : '';
  const error = errors.find((e) => e.field === 'slotId')?.message;
  const beijing = (s: TBookingSlot) =>
    `${formatBeijingDateTime(s.startsAt, ctx.locale)} – ${endTimeInZone(s.startsAt, s.durationMinutes, 'Asia/Shanghai')}`;
  const local = (s: TBookingSlot) =>
    `${timeInZone(s.startsAt, view.zone, ctx.locale)} – ${endTimeInZone(s.startsAt, s.durationMinutes, view.zone)}`;
  const action = `/interviews/${view.token}`;
  return (
    <PageLayout ctx={ctx} title={title} scripts={['/assets/interview-zone.js']}>
      <ErrorSummary ctx={ctx} errors={errors} />
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
      <h1>{title}</h1>
      <p>
        {t('interviews.booking_intro', {
          name: view.applicantName,
          panel: view.panelName,
          program,
        })}
      </p>
      {view.booked ? (
        <div class="panel" id="booked">
          <h2>{t('interviews.booked_heading')}</h2>
          <p>
            <strong>{beijing(view.booked)}</strong>
          </p>
          <p>{t('interviews.your_time', { time: local(view.booked) })}</p>
          <p>{t('interviews.where', { location: view.booked.location })}</p>
        </div>
      ) : null}

      <form method="get" action={action} class="zone-form" data-zone-source={view.zoneSource}>
        <div class="field">
          <label for="zone">{t('interviews.zone_label')}</label>
          <p class="hint" id="zone-hint">
            {t('interviews.zone_hint')}
          </p>
          <select id="zone" name="zone" aria-describedby="zone-hint">
            {TIME_ZONES.map((z) => (
              <option value={z} selected={z === view.zone} key={z}>
                {z}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button--secondary">
          {t('interviews.zone_submit')}
        </button>
      </form>

      {view.isClosed ? (
        <p>{t('interviews.booking_closed')}</p>
      ) : view.slots.length === 0 ? (
        <p>{t('interviews.booking_no_slots')}</p>
      ) : (
        <Form ctx={ctx} action={action}>
          <input type="hidden" name="zone" value={view.zone} />
          <fieldset
            class={error ? 'field field--error' : 'field'}
            aria-describedby={error ? 'slotId-error' : undefined}
          >
            <legend>
              <h2 class="legend-heading">
                {view.booked ? t('interviews.slots_legend_change') : t('interviews.slots_legend')}
              </h2>
            </legend>
            {error ? (
              <p class="field-error" id="slotId-error">
                {error}
              </p>
            ) : null}
            {view.slots.map((s, i) => {
              const id = i === 0 ? 'slotId' : `slotId-${s.id}`;
              return (
                <div class="radio slot-option" key={s.id}>
                  <input type="radio" id={id} name="slotId" value={s.id} checked={s.isMine} />
                  <label for={id}>
                    <span class="slot-beijing">{beijing(s)}</span>
                    <br />
                    <span class="slot-local">{t('interviews.your_time', { time: local(s) })}</span>
                    <br />
                    <span class="hint">
                      {t('interviews.slot_facts', {
                        minutes: s.durationMinutes,
                        location: s.location,
                      })}
                      {s.isMine ? ` · ${t('interviews.your_slot')}` : ''}
                    </span>
                  </label>
                </div>
              );
            })}
          </fieldset>
          <button type="submit">
            {view.booked ? t('interviews.rebook_submit') : t('interviews.book_submit')}
          </button>
        </Form>
      )}
    </PageLayout>
  );
}
