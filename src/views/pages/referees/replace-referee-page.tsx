import { ErrorSummary, Form, type TFieldError } from '../../components/form';
import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';

import { RefereeFields, type TRefereeValues } from './referee-parts';

/** Names someone else in place of a referee who has not submitted; the old link dies. */
export function ReplaceRefereePage({
  ctx,
  applicationId,
  referee,
  values = {},
  errors = [],
}: {
  ctx: TViewContext;
  applicationId: string;
  referee: { id: string; name: string };
  values?: TRefereeValues;
  errors?: TFieldError[];
}) {
  const { t } = ctx;
  const title = t('referees.replace_title', { name: referee.name });
  return (
    <PageLayout ctx={ctx} title={title}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1>{title}</h1>
      <p>{t('referees.replace_hint', { name: referee.name })}</p>
      <Form ctx={ctx} action={`/applications/${applicationId}/referees/${referee.id}/replace`}>
        <RefereeFields ctx={ctx} values={values} errors={errors} />
        <div class="button-row">
          <button type="submit" class="button">
            {t('referees.replace_submit')}
          </button>
          <p>
            <a href={`/applications/${applicationId}/referees`}>{t('referees.back')}</a>
          </p>
        </div>
      </Form>
    </PageLayout>
  );
}
