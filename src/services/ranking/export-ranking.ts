import ExcelJS from 'exceljs';

import type { TLocale } from '@/i18n/locales';
import { translator, type TMessageKey } from '@/i18n/translate';
import type { TActor } from '@/policies/actor';

import type { TDeps } from '../context';
import { getRanking, type TRankingRow } from './get-ranking';

export type TRankingExport = { filename: string; contentType: string; body: Buffer };

const COLUMNS: { key: TMessageKey; value: (r: TRankingRow, yes: string, no: string) => string }[] =
  [
    { key: 'ranking.col_rank', value: (r) => String(r.rank) },
    { key: 'ranking.col_applicant', value: (r) => r.applicantName },
    { key: 'ranking.col_raw', value: (r) => r.raw },
    { key: 'ranking.col_median', value: (r) => r.median },
    { key: 'ranking.col_spread', value: (r) => r.spread },
    { key: 'ranking.col_normalised', value: (r) => r.normalised },
    { key: 'ranking.col_interview', value: (r) => r.interview ?? '' },
    { key: 'ranking.col_adjustment', value: (r) => r.adjustment },
    { key: 'ranking.col_reason', value: (r) => r.adjustmentReason ?? '' },
    { key: 'ranking.col_final', value: (r) => r.final },
    { key: 'ranking.col_flag', value: (r, yes, no) => (r.isFlagged ? yes : no) },
    { key: 'ranking.col_reviews', value: (r) => String(r.reviews) },
  ];

/** RFC 4180: quote a field holding a comma, quote or line break; a leading =+-@ is defused. */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * R-REV-RANK: the ranked list as the actor sees it on the page (a chair's conflicts absent),
 * same columns, scores to 2 decimals: CSV in UTF-8 with a BOM (so Excel reads Chinese names),
 * or XLSX.
 * @example const { body } = await exportRanking(deps, actor, panelId, 'csv', 'zh-CN');
 */
export async function exportRanking(
  deps: TDeps,
  actor: TActor,
  panelId: string,
  format: 'csv' | 'xlsx',
  locale: TLocale,
): Promise<TRankingExport> {
  const view = await getRanking(deps, actor, panelId);
  const t = translator(locale);
  const header = COLUMNS.map((c) => t(c.key));
  const lines = view.rows.map((r) =>
    COLUMNS.map((c) => c.value(r, t('ranking.yes'), t('ranking.no'))),
  );
  const base = `ranking-${view.panel.id.slice(0, 8)}`;
  if (format === 'csv') {
    const text = [header, ...lines].map((l) => l.map(csvField).join(',')).join('\r\n');
    return {
      filename: `${base}.csv`,
      contentType: 'text/csv; charset=utf-8',
      body: Buffer.from(`\uFEFF${text}\r\n`, 'utf8'),
    };
  }
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(t('ranking.sheet_name'));
  sheet.addRow(header).font = { bold: true };
  // Note: scores go in as the 2-decimal text the page shows, so the file holds exactly the
  // figures the panel saw (a double in a cell would bring back the rounding this avoids).
  for (const l of lines) sheet.addRow(l);
  return {
    filename: `${base}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: Buffer.from(await book.xlsx.writeBuffer()),
  };
}
