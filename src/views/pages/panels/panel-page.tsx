import type { TMessageKey } from '@/i18n/translate';
import type { TPanelPage } from '@/services/panels/panel-page';

import { ErrorSummary, Form, Select, TextField, type TFieldError } from '../../components/form';
import { TableScroll } from '../../components/table-scroll';
import { PageLayout } from '../../layouts/page-layout';
import type { TViewContext } from '../../view-context';

/** The officer's page of one panel: members and invitations, assignment and its gaps. */
export function PanelPage(p: {
  ctx: TViewContext;
  page: TPanelPage;
  errors: TFieldError[];
  /** The invitation form's values, kept after a refusal. */
  invite: Record<string, string>;
  notice?: string | undefined;
}) {
  const { ctx, page, errors, invite } = p;
  const { t } = ctx;
  const { panel } = page;
  const err = (f: string) => errors.find((e) => e.field === f)?.message;
  const active = page.members.filter((m) => m.status !== 'removed');
  const gaps = page.applications.filter((a) => a.missing > 0);
  const appLabel = (a: { receiptNumber: string | null; applicantName: string }) =>
    `${a.receiptNumber ?? '—'} · ${a.applicantName}`;
  return (
    <PageLayout
      ctx={ctx}
      title={errors.length ? `${t('form.error_prefix')} ${panel.name}` : panel.name}
    >
      <ErrorSummary ctx={ctx} errors={errors} />
      {p.notice ? (
        <div class="notice" role="status">
          {p.notice}
        </div>
      ) : null}
      <p>
        <a href="/staff/panels">{t('panels.back')}</a>
      </p>
      <h1>{panel.name}</h1>
      <dl class="summary-list">
        <div class="summary-row">
          <dt>{t('panels.col_track')}</dt>
          <dd>
            {t(`program.${panel.programId}.name` as TMessageKey)} · {panel.track}
            {panel.discipline ? ` · ${panel.discipline}` : ''}
          </dd>
        </div>
        <div class="summary-row">
          <dt>{t('panels.field_required_reviews')}</dt>
          <dd>{panel.requiredReviews}</dd>
        </div>
        <div class="summary-row">
          <dt>{t('panels.field_due')}</dt>
          <dd>{panel.reviewsDueOn ?? '—'}</dd>
        </div>
        <div class="summary-row">
          <dt>{t('panels.rubric_heading')}</dt>
          <dd>
            {panel.rubric
              .map(
                (c) =>
                  `${ctx.locale === 'zh-CN' ? c.label.zh : c.label.en} (${c.min}–${c.max}, ×${c.weight})`,
              )
              .join('; ')}
          </dd>
        </div>
      </dl>
      <p>
        <a href={`/staff/panels/${panel.id}/edit`}>{t('panels.edit_link')}</a>
      </p>

      <h2 id="members">{t('panels.members_heading')}</h2>
      {page.members.length === 0 ? (
        <p>{t('panels.no_members')}</p>
      ) : (
        <TableScroll label={t('panels.members_heading')}>
          <table>
            <caption class="visually-hidden">{t('panels.members_heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('panels.member_name')}</th>
                <th scope="col">{t('panels.member_role')}</th>
                <th scope="col">{t('panels.member_institution')}</th>
                <th scope="col">{t('panels.member_disciplines')}</th>
                <th scope="col">{t('panels.member_load')}</th>
                <th scope="col">{t('panels.member_status')}</th>
                <th scope="col">{t('panels.member_actions')}</th>
              </tr>
            </thead>
            <tbody>
              {page.members.map((m) => (
                <tr key={m.id}>
                  <td>
                    {m.displayName}
                    <br />
                    <span class="hint">{m.email}</span>
                  </td>
                  <td>{t(`panels.role_${m.role}` as TMessageKey)}</td>
                  <td>{m.institution}</td>
                  <td>{m.disciplines.join(', ') || '—'}</td>
                  <td>{t('panels.load_of', { load: m.load, capacity: m.capacity })}</td>
                  <td>{t(`panels.status_${m.status}` as TMessageKey)}</td>
                  <td>
                    {m.status === 'invited' ? (
                      <Form ctx={ctx} action={`/staff/panels/${panel.id}/members/${m.id}/resend`}>
                        <button type="submit" class="button button--secondary">
                          {t('panels.resend')}
                          <span class="visually-hidden"> {m.displayName}</span>
                        </button>
                      </Form>
                    ) : null}
                    {m.status !== 'removed' ? (
                      <Form ctx={ctx} action={`/staff/panels/${panel.id}/members/${m.id}/remove`}>
                        <button type="submit" class="button button--secondary">
                          {t('panels.remove_member')}
                          <span class="visually-hidden"> {m.displayName}</span>
                        </button>
                      </Form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}

      <h3>{t('panels.invite_heading')}</h3>
      <Form ctx={ctx} action={`/staff/panels/${panel.id}/members`}>
        <TextField
          id="displayName"
          label={t('panels.member_name')}
          value={invite.displayName}
          error={err('displayName')}
        />
        <TextField
          id="email"
          type="email"
          label={t('panels.member_email')}
          value={invite.email}
          error={err('email')}
        />
        <TextField
          id="institution"
          label={t('panels.member_institution')}
          hint={t('panels.member_institution_hint')}
          value={invite.institution}
          error={err('institution')}
        />
        <TextField
          id="disciplines"
          label={t('panels.member_disciplines')}
          hint={t('panels.member_disciplines_hint')}
          value={invite.disciplines}
          error={err('disciplines')}
        />
        <TextField
          id="capacity"
          label={t('panels.member_capacity')}
          value={invite.capacity}
          error={err('capacity')}
          width="short"
        />
        <Select
          id="role"
          label={t('panels.member_role')}
          value={invite.role}
          error={err('role')}
          options={[
            { value: 'reviewer', label: t('panels.role_reviewer') },
            { value: 'chair', label: t('panels.role_chair') },
          ]}
        />
        <Select
          id="locale"
          label={t('panels.member_language')}
          value={invite.locale}
          error={err('locale')}
          options={[
            { value: 'en', label: 'English' },
            { value: 'zh-CN', label: '中文' },
          ]}
        />
        <button type="submit" class="button">
          {t('panels.invite')}
        </button>
      </Form>

      <h2 id="assignment">{t('panels.assignment_heading')}</h2>
      <p>{t('panels.assignment_intro', { k: panel.requiredReviews })}</p>
      <Form ctx={ctx} action={`/staff/panels/${panel.id}/assign`}>
        <button type="submit" class="button">
          {t('panels.assign_auto')}
        </button>
      </Form>
      <h3 id="gaps">{t('panels.gaps_heading')}</h3>
      {page.applications.length === 0 ? (
        <p>{t('panels.no_applications')}</p>
      ) : gaps.length === 0 ? (
        <p>{t('panels.no_gaps')}</p>
      ) : (
        <ul>
          {gaps.map((a) => (
            <li key={a.applicationId}>
              {t('panels.gap', { application: appLabel(a), missing: a.missing })}
            </li>
          ))}
        </ul>
      )}
      {page.applications.length > 0 ? (
        <TableScroll label={t('panels.applications_heading')}>
          <table>
            <caption>{t('panels.applications_heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('panels.col_application')}</th>
                <th scope="col">{t('panels.col_discipline')}</th>
                <th scope="col">{t('panels.col_reviewers')}</th>
                <th scope="col">{t('panels.col_missing')}</th>
              </tr>
            </thead>
            <tbody>
              {page.applications.map((a) => (
                <tr key={a.applicationId}>
                  <th scope="row">{appLabel(a)}</th>
                  <td>{a.discipline ?? '—'}</td>
                  <td>
                    <ul class="plain-list">
                      {a.reviewers.map((r) => (
                        <li key={r.assignmentId}>
                          {r.name}
                          {r.isSubmitted
                            ? ` (${t('panels.review_submitted')})`
                            : r.isStarted
                              ? ` (${t('panels.review_started')})`
                              : null}
                          {!r.isStarted ? (
                            <Form
                              ctx={ctx}
                              action={`/staff/panels/${panel.id}/assignments/${r.assignmentId}/remove`}
                            >
                              <button type="submit" class="button button--secondary">
                                {t('panels.unassign')}
                                <span class="visually-hidden">
                                  {' '}
                                  {r.name} · {appLabel(a)}
                                </span>
                              </button>
                            </Form>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>{a.missing}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}

      <h3>{t('panels.add_heading')}</h3>
      <Form ctx={ctx} action={`/staff/panels/${panel.id}/assignments`}>
        <Select
          id="applicationId"
          label={t('panels.col_application')}
          value={undefined}
          error={err('applicationId')}
          options={page.applications.map((a) => ({ value: a.applicationId, label: appLabel(a) }))}
        />
        <Select
          id="memberId"
          label={t('panels.member_name')}
          value={undefined}
          error={err('memberId')}
          options={active.map((m) => ({
            value: m.id,
            label: `${m.displayName} (${m.load}/${m.capacity})`,
          }))}
        />
        <button type="submit" class="button">
          {t('panels.add_assignment')}
        </button>
      </Form>

      <h3 id="conflicts">{t('panels.conflicts_heading')}</h3>
      {page.conflicts.length === 0 ? (
        <p>{t('panels.no_conflicts')}</p>
      ) : (
        <TableScroll label={t('panels.conflicts_heading')}>
          <table>
            <caption class="visually-hidden">{t('panels.conflicts_heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('panels.member_name')}</th>
                <th scope="col">{t('panels.col_application')}</th>
                <th scope="col">{t('panels.col_reasons')}</th>
              </tr>
            </thead>
            <tbody>
              {page.conflicts.map((c) => (
                <tr key={`${c.memberName}-${c.applicationId}`}>
                  <td>{c.memberName}</td>
                  <td>{appLabel(c)}</td>
                  <td>
                    {c.reasons
                      .map((r) => t(`panels.reason_${r.replace('-', '_')}` as TMessageKey))
                      .join(', ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </PageLayout>
  );
}
