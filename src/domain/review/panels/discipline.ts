import type { TAnswers } from '@/domain/applications/form-definition';
import type { TProgramId } from '@/domain/programs';

import { normaliseDiscipline } from '../assignment';

/**
 * The discipline a panel matches an application's reviewers on (R-REV-ASSIGN): the subject
 * the applicant named for study at the host (`host.subject`, every program's form); for PIFI,
 * whose fellows often leave it blank, the priority area they chose (`program.priorityArea`:
 * energy, environment, health, artificial_intelligence, other). Null when neither is given.
 * @example applicationDiscipline('pifi', { program: { priorityArea: 'health' } }) // 'health'
 */
export function applicationDiscipline(programId: TProgramId, answers: TAnswers): string | null {
  const subject = (answers.host?.['subject'] ?? '').trim();
  if (subject !== '') return subject;
  if (programId === 'pifi') {
    const area = (answers.program?.['priorityArea'] ?? '').trim();
    if (area !== '') return area;
  }
  return null;
}

/**
 * Whether an application of a panel's call and track belongs to the panel: every one when the
 * panel has no discipline, else those whose discipline is the panel's (NFKC, case-blind).
 * @example isInPanelDiscipline('Physics', 'physics ') // true
 */
export function isInPanelDiscipline(
  panelDiscipline: string | null,
  discipline: string | null,
): boolean {
  if (panelDiscipline === null || panelDiscipline.trim() === '') return true;
  return (
    discipline !== null && normaliseDiscipline(discipline) === normaliseDiscipline(panelDiscipline)
  );
}
