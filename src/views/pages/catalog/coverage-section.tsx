import type { TStoredCallSettings } from '@/contracts/call-settings.schema';
import type { TProgram } from '@/domain/programs';
import { ANSO_ITEMS, ANSO_STIPENDS } from '@/domain/programs/cas-anso/coverage';
import { BGS_CATEGORY_ITEMS, bgsDefaultsOf } from '@/domain/programs/bgs/coverage';
import {
  CSC_ACCOMMODATION_MONTHLY_FEN,
  CSC_ANNUAL_TABLE,
  CSC_LIVING_MONTHLY_FEN,
} from '@/domain/programs/csc/coverage';
import { PIFI_EXAMPLE_MONTHLY_FEN } from '@/domain/programs/pifi/coverage';
import { formatFen } from '@/i18n/format';
import type { TMessageKey } from '@/i18n/translate';

import { loc } from '../../components/localized';
import type { TViewContext } from '../../view-context';

const BANDS = ['undergraduate', 'master', 'doctoral'] as const;

function itemLabel(ctx: TViewContext, program: TProgram, id: string): string {
  const item = program.coverage.find((c) => c.id === id);
  return item ? loc(ctx, item.label) : id;
}

// Note: the coverage tables are read one row at a time ("what does a master's student in
// category II get?"), so on a narrow screen each row stacks into a block whose cells carry their
// column's name (`data-label`, shown by `.table-stack td::before`); the <table> stays, so a
// screen reader still announces headers from <th scope>.

function CscCoverage({ ctx }: { ctx: TViewContext }) {
  const { t, locale } = ctx;
  return (
    <>
      <table class="table-stack">
        <caption>{t('coverage.csc_caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('coverage.col_level')}</th>
            <th scope="col">{t('coverage.col_subject')}</th>
            <th scope="col" class="num">
              {t('coverage.col_tuition')}
            </th>
            <th scope="col" class="num">
              {t('coverage.col_accommodation')}
            </th>
            <th scope="col" class="num">
              {t('coverage.col_living')}
            </th>
            <th scope="col" class="num">
              {t('coverage.col_insurance')}
            </th>
            <th scope="col" class="num">
              {t('coverage.col_total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {CSC_ANNUAL_TABLE.map((r) => (
            <tr key={`${r.band}-${r.subjectCategory}`}>
              <th scope="row">{t(`coverage.csc_band_${r.band}` as TMessageKey)}</th>
              <td data-label={t('coverage.col_subject')}>
                {t(`coverage.csc_category_${r.subjectCategory}` as TMessageKey)}
              </td>
              <td class="num" data-label={t('coverage.col_tuition')}>
                {formatFen(r.tuitionFen, locale)}
              </td>
              <td class="num" data-label={t('coverage.col_accommodation')}>
                {formatFen(r.accommodationFen, locale)}
              </td>
              <td class="num" data-label={t('coverage.col_living')}>
                {formatFen(r.livingFen, locale)}
              </td>
              <td class="num" data-label={t('coverage.col_insurance')}>
                {formatFen(r.insuranceFen, locale)}
              </td>
              <td class="num" data-label={t('coverage.col_total')}>
                {formatFen(r.totalFen, locale)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="hint">{t('coverage.csc_subjects')}</p>
      <ul>
        {BANDS.map((b) => (
          <li key={b}>
            {t('coverage.csc_monthly', {
              band: t(`coverage.csc_band_${b}` as TMessageKey),
              living: formatFen(CSC_LIVING_MONTHLY_FEN[b], locale),
              accommodation: formatFen(CSC_ACCOMMODATION_MONTHLY_FEN[b], locale),
            })}
          </li>
        ))}
      </ul>
      <p>{t('coverage.csc_partial')}</p>
    </>
  );
}

function AnsoCoverage({ ctx, program }: { ctx: TViewContext; program: TProgram }) {
  const { t, locale } = ctx;
  const phd = ANSO_STIPENDS.doctoral;
  const master = ANSO_STIPENDS.master;
  return (
    <>
      <table class="table-stack">
        <caption>{t('coverage.anso_caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('coverage.col_item')}</th>
            <th scope="col">{t('coverage.col_phd')}</th>
            <th scope="col">{t('coverage.col_master')}</th>
          </tr>
        </thead>
        <tbody>
          {ANSO_ITEMS.map((i) => (
            <tr key={i.number}>
              <th scope="row">
                {i.number}. {itemLabel(ctx, program, i.item)}
              </th>
              {i.item === 'stipend' ? (
                <>
                  <td data-label={t('coverage.col_phd')}>
                    {t('coverage.anso_phd_stipend', {
                      before: formatFen(phd.monthlyFen, locale),
                      after: formatFen(phd.afterQualificationFen ?? 0, locale),
                      months: phd.capMonths,
                    })}
                  </td>
                  <td data-label={t('coverage.col_master')}>
                    {t('coverage.anso_master_stipend', {
                      amount: formatFen(master.monthlyFen, locale),
                      months: master.capMonths,
                    })}
                  </td>
                </>
              ) : (
                <td colSpan={2} data-label={t('coverage.col_both')}>
                  {t(`coverage.anso_kind_${i.kind}` as TMessageKey)}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('coverage.anso_sponsors')}</p>
      <p>{t('coverage.anso_travel')}</p>
    </>
  );
}

function BgsCoverage({
  ctx,
  program,
  settings,
}: {
  ctx: TViewContext;
  program: TProgram;
  settings: TStoredCallSettings | null;
}) {
  const { t, locale } = ctx;
  const bgsCaption = settings?.amounts.bgs
    ? t('coverage.bgs_host_caption')
    : t('coverage.bgs_default_caption');
  return (
    <>
      <ul>
        {(['A', 'B', 'C'] as const).map((c) => (
          <li key={c}>
            <strong>{t('coverage.bgs_category', { category: c })}</strong>:{' '}
            {BGS_CATEGORY_ITEMS[c]
              .map((i) => itemLabel(ctx, program, i))
              .join(locale === 'zh-CN' ? '、' : ', ')}
          </li>
        ))}
      </ul>
      <table class="table-stack">
        <caption>{bgsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('coverage.col_level')}</th>
            <th scope="col" class="num">
              {t('coverage.bgs_living')}
            </th>
            <th scope="col" class="num">
              {t('coverage.bgs_accommodation')}
            </th>
            <th scope="col" class="num">
              {t('coverage.bgs_insurance')}
            </th>
          </tr>
        </thead>
        <tbody>
          {BANDS.map((b) => {
            const a = settings?.amounts.bgs?.[b] ?? bgsDefaultsOf(b);
            return (
              <tr key={b}>
                <th scope="row">{t(`coverage.bgs_band_${b}` as TMessageKey)}</th>
                <td class="num" data-label={t('coverage.bgs_living')}>
                  {formatFen(a.livingMonthlyFen, locale)}
                </td>
                <td class="num" data-label={t('coverage.bgs_accommodation')}>
                  {formatFen(a.accommodationMonthlyFen, locale)}
                </td>
                <td class="num" data-label={t('coverage.bgs_insurance')}>
                  {formatFen(a.insuranceAnnualFen, locale)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

function PifiCoverage({
  ctx,
  settings,
}: {
  ctx: TViewContext;
  settings: TStoredCallSettings | null;
}) {
  const { t, locale } = ctx;
  const set = settings?.amounts.pifi;
  const isExample = !set || Object.keys(set).length === 0;
  return (
    <>
      <p>{t('coverage.pifi_intro')}</p>
      <ul>
        {(['postdoctoral', 'early_career', 'established'] as const).map((s) => (
          <li key={s}>
            {t(`coverage.pifi_${s}` as TMessageKey)}:{' '}
            {formatFen(set?.[s] ?? PIFI_EXAMPLE_MONTHLY_FEN[s].monthlyFen, locale)}{' '}
            {t('coverage.per_month')}
          </li>
        ))}
      </ul>
      {isExample ? <p class="notice">{t('coverage.pifi_example')}</p> : null}
    </>
  );
}

/** "What it covers", in the shape each program's document uses. */
export function CoverageSection({
  ctx,
  program,
  settings,
}: {
  ctx: TViewContext;
  program: TProgram;
  settings: TStoredCallSettings | null;
}) {
  if (program.id === 'csc') return <CscCoverage ctx={ctx} />;
  if (program.id === 'cas-anso') return <AnsoCoverage ctx={ctx} program={program} />;
  if (program.id === 'bgs') return <BgsCoverage ctx={ctx} program={program} settings={settings} />;
  return <PifiCoverage ctx={ctx} settings={settings} />;
}
