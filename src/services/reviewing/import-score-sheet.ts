import ExcelJS from 'exceljs';

import { findReviewForUpdate, saveReviewDraft } from '@/db/repositories/review.repository';
import { mergeScores, parseScores } from '@/domain/review/workspace/score-form';
import type { TActor } from '@/policies/actor';

import { recordAudit } from '../audit/record-audit';
import { instantOf, type TDeps, type TRequestMeta } from '../context';
import { requireQueue } from './reviewer-access';
import { columnLetter, SHEET } from './score-sheet-layout';

export type TSheetRowError = {
  row: number;
  column: string;
  code:
    | 'unreadable'
    | 'missing_column'
    | 'not_in_queue'
    | 'duplicate_row'
    | 'already_submitted'
    | 'not_integer'
    | 'out_of_range'
    | 'comment_too_long';
  min?: number;
  max?: number;
};

export type TImportScoreSheetResult =
  | { kind: 'declare_first'; panelId: string }
  | { kind: 'done'; savedRows: number; errors: TSheetRowError[] };

const MAX_COMMENT = 20_000;
const MAX_ROWS = 5_000;

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    if ('result' in v && v.result !== undefined) return cellText(v.result as ExcelJS.CellValue);
    if ('text' in v) return String(v.text);
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    return '';
  }
  return String(v);
}

/**
 * A filled score sheet uploaded back: each row's valid scores and comment are saved as the
 * draft (never submitted), and every problem is answered as a row error (row, column, code)
 * without losing the valid rows or cells. A row for an application not in the member's queue
 * — not assigned, conflicted (R-GEN-COI), another panel's, made up — is refused as "not in
 * your queue", the same answer for all, so it reveals nothing.
 * @example const r = await importScoreSheet(deps, actor, meta, { panelId, bytes });
 */
export async function importScoreSheet(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: { panelId: string; bytes: Buffer },
): Promise<TImportScoreSheetResult> {
  const found = await requireQueue(deps, actor, input.panelId);
  if ('kind' in found) return found;
  const rubric = found.membership.panel.rubric;
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(input.bytes as unknown as ArrayBuffer);
  } catch {
    return { kind: 'done', savedRows: 0, errors: [{ row: 0, column: '', code: 'unreadable' }] };
  }
  const sheet = book.worksheets[0];
  if (!sheet)
    return { kind: 'done', savedRows: 0, errors: [{ row: 0, column: '', code: 'unreadable' }] };
  // Columns found by the criterion id in their header: a sheet with columns moved still reads.
  const header = sheet.getRow(1);
  const columnOf = new Map<string, number>();
  let commentColumn = SHEET.firstCriterionColumn + rubric.length;
  header.eachCell((cell, col) => {
    const m = /\[([^\]]+)\]/.exec(cellText(cell.value));
    if (m && rubric.some((c) => c.id === m[1])) columnOf.set(m[1]!, col);
  });
  if (columnOf.size > 0) commentColumn = Math.max(...columnOf.values()) + 1;
  const errors: TSheetRowError[] = rubric
    .filter((c) => !columnOf.has(c.id))
    .map((c) => ({
      row: 1,
      column: columnLetter(SHEET.firstCriterionColumn + rubric.indexOf(c)),
      code: 'missing_column' as const,
    }));
  const queue = new Map(found.queue.map((q) => [q.applicationId, q]));
  const seen = new Set<string>();
  const rows: {
    row: number;
    assignmentId: string;
    typed: Record<string, string>;
    comment: string;
  }[] = [];
  const last = Math.min(sheet.rowCount, MAX_ROWS + 1);
  for (let r = 2; r <= last; r++) {
    const row = sheet.getRow(r);
    const id = cellText(row.getCell(SHEET.idColumn).value).trim();
    const typed: Record<string, string> = {};
    for (const [cid, col] of columnOf) typed[cid] = cellText(row.getCell(col).value);
    const comment = cellText(row.getCell(commentColumn).value);
    if (!id && Object.values(typed).every((v) => !v.trim()) && !comment.trim()) continue;
    const entry = queue.get(id);
    if (!entry) {
      errors.push({ row: r, column: columnLetter(SHEET.idColumn), code: 'not_in_queue' });
      continue;
    }
    if (seen.has(id)) {
      errors.push({ row: r, column: columnLetter(SHEET.idColumn), code: 'duplicate_row' });
      continue;
    }
    seen.add(id);
    rows.push({ row: r, assignmentId: entry.assignmentId, typed, comment });
  }
  const at = instantOf(deps, meta);
  let savedRows = 0;
  await deps.database.db.transaction(async (tx) => {
    for (const r of rows) {
      const parsed = parseScores(rubric, r.typed);
      for (const p of parsed.problems)
        errors.push({
          row: r.row,
          column: columnLetter(columnOf.get(p.criterion)!),
          code: p.code === 'required' ? 'not_integer' : p.code,
          min: p.min,
          max: p.max,
        });
      const isCommentOk = r.comment.length <= MAX_COMMENT;
      if (!isCommentOk)
        errors.push({ row: r.row, column: columnLetter(commentColumn), code: 'comment_too_long' });
      const before = await findReviewForUpdate(tx, r.assignmentId);
      if (before?.status === 'submitted') {
        errors.push({
          row: r.row,
          column: columnLetter(SHEET.idColumn),
          code: 'already_submitted',
        });
        continue;
      }
      const scores = mergeScores(rubric, before?.scores ?? {}, parsed);
      const comment = isCommentOk ? r.comment : (before?.comment ?? '');
      const saved = await saveReviewDraft(tx, r.assignmentId, { scores, comment }, at);
      await recordAudit(tx, at, actor, meta, {
        action: 'review.draft_imported',
        entityType: 'review',
        entityId: saved.id,
        before: before ? { scores: before.scores, comment: before.comment } : null,
        after: { scores, comment },
      });
      savedRows++;
    }
  });
  errors.sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));
  return { kind: 'done', savedRows, errors };
}
