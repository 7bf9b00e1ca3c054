import type { TLetterRequestView } from '@/services/referees/open-letter';

import { Form } from '../../components/form';
import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';
import { LetterFacts } from './referee-parts';

/**
 * What the personal link shows before the referee acts: the request, and one button that opens
 * the letter form. The button is a POST form (it works without JavaScript), so a mail scanner
 * that fetches the link opens nothing and the applicant is not told "opened" on its account.
 */
export function LetterLinkPage({
  ctx,
  linkPath,
  letter,
}: {
  ctx: TViewContext;
  /** `/r/<token>`: the button posts to `<linkPath>/open`. */
  linkPath: string;
  letter: TLetterRequestView;
}) {
  const { t } = ctx;
  const title = t('referees.letter_title', { applicant: letter.applicantName });
  return (
    <PageLayout ctx={ctx} title={title} scripts={['/assets/local-time.js']}>
      <h1>{title}</h1>
      <p>{t('referees.letter_request', { applicant: letter.applicantName })}</p>
      <LetterFacts ctx={ctx} letter={letter} />
      <p>{t('referees.letter_privacy', { applicant: letter.applicantName })}</p>
      <Form ctx={ctx} action={`${linkPath}/open`}>
        <button type="submit" class="button">
          {t('referees.letter_open_submit')}
        </button>
      </Form>
      <p class="hint">{t('referees.letter_open_hint')}</p>
    </PageLayout>
  );
}
