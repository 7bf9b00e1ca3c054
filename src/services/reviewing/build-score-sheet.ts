import ExcelJS from 'exceljs';

import type { TLocale } from '@/i18n/locales';
import { translate } from '@/i18n/translate';
import type { TActor } from '@/policies/actor';

import type { TDeps } from '../context';
import { applicantName } from './applicant-name';
import { requireQueue } from './reviewer-access';
import { criterionHeader, SHEET } from './score-sheet-layout';

/**
 * The score sheet (XLSX) to fill offline: one row per application of the member's queue
 * (never a conflicted one, R-GEN-COI) with what is saved so far; headers in the reviewer's
 * language, each criterion's with its scale.
 * @example const r = await buildScoreSheet(deps, actor, panelId, 'zh-CN');
 */
export async function buildScoreSheet(
  deps: TDeps,
  actor: TActor,
  panelId: string,
  locale: TLocale,
): Promise<
  { kind: 'declare_first'; panelId: string } | { kind: 'file'; xlsx: Buffer; name: string }
> {
  const found = await requireQueue(deps, actor, panelId);
  if ('kind' in found) return found;
  const { panel } = found.membership;
  const t = (key: string) => translate(locale, key);
  const book = new ExcelJS.Workbook();
  book.creator = 'Jiangxue';
  const sheet = book.addWorksheet(t('reviewing.sheet.tab'));
  const rubric = panel.rubric;
  sheet.addRow([
    t('reviewing.sheet.col_id'),
    t('reviewing.sheet.col_applicant'),
    ...rubric.map((c) => criterionHeader(c, locale === 'zh-CN' ? c.label.zh : c.label.en)),
    t('reviewing.sheet.col_comment'),
  ]).font = { bold: true };
  for (const entry of found.queue) {
    const row = sheet.addRow([
      entry.applicationId,
      applicantName(entry),
      ...rubric.map((c) => entry.scores?.[c.id] ?? null),
      entry.comment ?? '',
    ]);
    rubric.forEach((c, i) => {
      row.getCell(SHEET.firstCriterionColumn + i).dataValidation = {
        type: 'whole',
        operator: 'between',
        allowBlank: true,
        formulae: [c.min, c.max],
        showErrorMessage: true,
      };
    });
  }
  sheet.getColumn(SHEET.idColumn).width = 38;
  sheet.getColumn(SHEET.nameColumn).width = 28;
  sheet.getColumn(SHEET.firstCriterionColumn + rubric.length).width = 60;
  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: 1 }];
  const xlsx = Buffer.from(await book.xlsx.writeBuffer());
  return { kind: 'file', xlsx, name: `score-sheet-${panelId.slice(0, 8)}.xlsx` };
}
