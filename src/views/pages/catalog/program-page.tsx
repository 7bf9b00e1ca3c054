import type { TProgram } from '@/domain/programs';
import type { TMessageKey } from '@/i18n/translate';
import type { TPublishedCall } from '@/services/catalog/published-calls';

import { CallWindow } from '../../components/call-window';
import { loc } from '../../components/localized';
import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';
import { CoverageSection } from './coverage-section';

function trackName(program: TProgram, id: string, ctx: TViewContext): string {
  if (id === 'twasClimate') return ctx.t('call_form.quota_twas_climate');
  const track = program.tracks.find((t) => t.id === id);
  return track ? loc(ctx, track.name) : ctx.t('call_form.quota_category', { category: id });
}

function Calls({
  ctx,
  program,
  calls,
  now,
}: {
  ctx: TViewContext;
  program: TProgram;
  calls: TPublishedCall[];
  now: Date;
}) {
  const { t } = ctx;
  if (calls.length === 0) return <p>{loc(ctx, program.windowNote)}</p>;
  return (
    <>
      {calls.map((c) => {
        const quotas = Object.entries({ ...program.quotas, ...c.settings.quotas });
        return (
          <section class="card" key={c.id} aria-labelledby={`call-${c.id}`}>
            <h3 id={`call-${c.id}`}>
              {t('catalog.call_heading', { year: c.intakeYear })}
              {c.hostName ? ` · ${loc(ctx, c.hostName)}` : ''}
            </h3>
            {c.settings.isExample ? <p class="hint">{t('catalog.example_call')}</p> : null}
            <CallWindow ctx={ctx} window={c} now={now} />
            {quotas.length ? (
              <p>
                {t('catalog.places')}:{' '}
                {quotas
                  .map(([k, n]) => `${trackName(program, k, ctx)} ${n}`)
                  .join(ctx.locale === 'zh-CN' ? ';' : '; ')}
              </p>
            ) : null}
            {c.settings.agencies.length ? (
              <ul>
                {c.settings.agencies.map((a) => (
                  <li key={a.country}>
                    {t('catalog.agency', {
                      country: a.country,
                      name: a.name,
                      number: a.agencyNumber,
                      opens: a.opensOn,
                      closes: a.closesOn,
                    })}
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        );
      })}
    </>
  );
}

export function ProgramPage({
  ctx,
  program,
  calls,
  now,
}: {
  ctx: TViewContext;
  program: TProgram;
  calls: TPublishedCall[];
  now: Date;
}) {
  const { t } = ctx;
  const required = program.documents.filter((d) => d.isRequired);
  const optional = program.documents.filter((d) => !d.isRequired);
  const docItem = (d: TProgram['documents'][number]) => (
    <li key={d.id}>
      {loc(ctx, d.label)}
      {d.count && d.count > 1 ? ` ×${d.count}` : ''}
      {d.condition ? (
        <span class="hint"> — {t(`documents.condition_${d.condition}` as TMessageKey)}</span>
      ) : null}
      {d.tracks ? (
        <span class="hint"> — {d.tracks.map((id) => trackName(program, id, ctx)).join(', ')}</span>
      ) : null}
      {d.minWords ? (
        <span class="hint"> — {t('documents.min_words', { n: d.minWords })}</span>
      ) : null}
    </li>
  );
  return (
    <PageLayout ctx={ctx} title={loc(ctx, program.name)} scripts={['/assets/local-time.js']}>
      <p>
        <a href="/programs">{t('catalog.all_programs')}</a>
      </p>
      <h1>{loc(ctx, program.name)}</h1>
      <p class="lead">{loc(ctx, program.eligibility)}</p>
      <p>
        <a class="button" href={`/finder?level=${program.tracks[0]?.level ?? ''}`}>
          {t('catalog.check_eligibility')}
        </a>
      </p>
      <h2>{t('catalog.tracks')}</h2>
      <ul>
        {program.tracks.map((tr) => (
          <li key={tr.id}>
            {loc(ctx, tr.name)}
            {tr.maxAge !== null ? (
              <span class="hint"> — {t('catalog.max_age', { age: tr.maxAge })}</span>
            ) : null}
          </li>
        ))}
      </ul>
      <h2>{t('catalog.calls')}</h2>
      <Calls ctx={ctx} program={program} calls={calls} now={now} />
      <h2>{t('catalog.coverage')}</h2>
      <CoverageSection ctx={ctx} program={program} settings={calls[0]?.settings ?? null} />
      <p>
        {t('catalog.sponsors')}:{' '}
        {program.sponsors
          .map((s) => t(`sponsor.${s}` as TMessageKey))
          .join(ctx.locale === 'zh-CN' ? '、' : ', ')}
      </p>
      <h2>{t('catalog.documents')}</h2>
      <h3>{t('catalog.documents_required')}</h3>
      <ul>{required.map(docItem)}</ul>
      {optional.length ? (
        <>
          <h3>{t('catalog.documents_optional')}</h3>
          <ul>{optional.map(docItem)}</ul>
        </>
      ) : null}
      <h2>{t('catalog.review')}</h2>
      <ul>
        {program.reviewCriteria.map((c) => (
          <li key={c.id}>
            <strong>{loc(ctx, c.label)}</strong>: {loc(ctx, c.description)}
          </li>
        ))}
      </ul>
      <h2>{t('catalog.contact')}</h2>
      {program.contacts.map((c, i) => (
        <address key={i} class="contact">
          <strong>{loc(ctx, c.office)}</strong>
          {c.tracks ? ` (${c.tracks.map((id) => trackName(program, id, ctx)).join(', ')})` : ''}
          {c.person ? <div>{c.person}</div> : null}
          {c.address ? <div>{c.address}</div> : null}
          {c.phone ? (
            <div>
              {t('catalog.phone')}: {c.phone}
            </div>
          ) : null}
          {c.email ? (
            <div>
              <a href={`mailto:${c.email}`}>{c.email}</a>
            </div>
          ) : null}
        </address>
      ))}
    </PageLayout>
  );
}
