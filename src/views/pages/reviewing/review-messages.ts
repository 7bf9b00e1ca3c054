import type { TScoreProblem } from '@/domain/review/workspace/score-form';
import type { TTranslate } from '@/i18n/translate';

import type { TFieldError } from '../../components/form';

/** A score problem as the error beside its field, in the user's language. */
export function scoreProblemError(t: TTranslate, p: TScoreProblem): TFieldError {
  return {
    field: `score-${p.criterion}`,
    message: t(`reviewing.error.${p.code}`, { min: p.min, max: p.max }),
  };
}
