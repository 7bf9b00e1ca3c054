import { findTrack, getProgram, isProgramId } from '@/domain/programs';
import type { TMessageKey } from '@/i18n/translate';
import type { TLetterRequestView } from '@/services/referees/open-letter';

import { callDeadline } from '../../components/call-dates';
import { RadioGroup, TextField, type TFieldError } from '../../components/form';
import { loc } from '../../components/localized';
import type { TViewContext } from '../../view-context';

/** The program and track an application is for, in the viewer's language. */
export function programTrack(ctx: TViewContext, programId: string, trackId: string): string {
  if (!isProgramId(programId)) return programId;
  const id = programId;
  const program = loc(ctx, getProgram(id).name);
  const track = findTrack(id, trackId);
  return track ? `${program} · ${loc(ctx, track.name)}` : program;
}

/**
 * The deadline in Beijing time; with JavaScript, /assets/local-time.js adds the viewer's own
 * time beside it (R-GEN-TIME: pages show both).
 */
export function Deadline({ ctx, closesOn }: { ctx: TViewContext; closesOn: string | null }) {
  if (!closesOn) return <span>{ctx.t('referees.no_deadline')}</span>;
  const at = callDeadline(closesOn, ctx.locale);
  return (
    <time datetime={at.iso} data-countdown="">
      {at.text}
    </time>
  );
}

/** Whose letter, for what, by whom, due when: the head of the referee's pages. */
export function LetterFacts({ ctx, letter }: { ctx: TViewContext; letter: TLetterRequestView }) {
  const { t } = ctx;
  return (
    <dl class="summary-list">
      <div class="summary-row">
        <dt>{t('referees.letter_applicant')}</dt>
        <dd>{letter.applicantName}</dd>
      </div>
      <div class="summary-row">
        <dt>{t('referees.letter_program')}</dt>
        <dd>{programTrack(ctx, letter.programId, letter.track)}</dd>
      </div>
      <div class="summary-row">
        <dt>{t('referees.letter_referee')}</dt>
        <dd>
          {letter.refereeName}, {letter.refereeTitle}, {letter.refereeInstitution}
        </dd>
      </div>
      <div class="summary-row">
        <dt>{t('referees.letter_deadline')}</dt>
        <dd>
          <Deadline ctx={ctx} closesOn={letter.closesOn} />
        </dd>
      </div>
    </dl>
  );
}

export const REFEREE_FIELDS = ['name', 'title', 'institution', 'email', 'locale'] as const;
export type TRefereeValues = Partial<Record<(typeof REFEREE_FIELDS)[number], string>>;

/** Name, title, institution, email and the referee's language: the add and replace forms. */
export function RefereeFields({
  ctx,
  values,
  errors,
}: {
  ctx: TViewContext;
  values: TRefereeValues;
  errors: TFieldError[];
}) {
  const { t } = ctx;
  const err = (f: string) => errors.find((e) => e.field === f)?.message;
  return (
    <>
      <TextField
        id="name"
        label={t('referees.field_name')}
        value={values.name}
        error={err('name')}
        autocomplete="off"
      />
      <TextField
        id="title"
        label={t('referees.field_title')}
        hint={t('referees.field_title_hint')}
        value={values.title}
        error={err('title')}
      />
      <TextField
        id="institution"
        label={t('referees.field_institution')}
        value={values.institution}
        error={err('institution')}
      />
      <TextField
        id="email"
        type="email"
        label={t('referees.field_email')}
        hint={t('referees.field_email_hint')}
        value={values.email}
        error={err('email')}
        autocomplete="off"
      />
      <RadioGroup
        id="locale"
        legend={t('referees.field_locale')}
        value={values.locale ?? ctx.locale}
        error={err('locale')}
        options={[
          { value: 'en', label: 'English' },
          { value: 'zh-CN', label: '中文' },
        ]}
      />
    </>
  );
}

export const STATUS_KEYS: Record<string, TMessageKey> = {
  invited: 'referees.status_invited',
  opened: 'referees.status_opened',
  submitted: 'referees.status_submitted',
  declined: 'referees.status_declined',
  bounced: 'referees.status_bounced',
};
