import type { FastifyInstance } from 'fastify';

import {
  CONSENT_TEXT_VERSION,
  getApplicantProfile,
  saveApplicantProfile,
} from '@/services/applications/save-profile';
import { ProfilePage } from '@/views/pages/applications/profile-page';

import { countryOptions } from '../../country-options';
import { fieldErrors, formValue } from '../../form-errors';
import { parseQuery } from '../../parse-request';
import { sendPage, viewContext } from '../../render';
import { parseNext, safeNext } from '../account/account.schema';
import { ZProfileForm, ZProfileQuery } from './profile.schema';

const FIELDS = [
  'familyName',
  'givenNames',
  'nameZh',
  'nationality',
  'birthOn',
  'gender',
  'passportNumber',
  'passportCountry',
  'consent',
];

export function profileRoutes(app: FastifyInstance): void {
  app.get(
    '/applicant/profile',
    { config: { action: 'applicant.profile' } },
    async (request, reply) => {
      const { profile, hasConsented } = await getApplicantProfile(app.deps, request.actor);
      const query = parseQuery(ZProfileQuery, request);
      const next = query.next ?? null;
      const values: Record<string, string> = {
        consentVersion: CONSENT_TEXT_VERSION,
        consent: hasConsented ? 'on' : '',
      };
      if (profile)
        for (const f of FIELDS) values[f] = String((profile as Record<string, unknown>)[f] ?? '');
      if (hasConsented) values.consent = 'on';
      const ctx = viewContext(request, reply);
      const notice = query.saved ? ctx.t('profile.saved') : undefined;
      return sendPage(
        reply,
        ProfilePage({
          ctx,
          view: {
            values,
            errors: [],
            countries: countryOptions(ctx.locale),
            next,
            ...(notice ? { notice } : {}),
          },
        }),
      );
    },
  );

  app.post(
    '/applicant/profile',
    { config: { action: 'applicant.profile' } },
    async (request, reply) => {
      const ctx = viewContext(request, reply);
      const parsed = ZProfileForm.safeParse(request.body);
      if (!parsed.success) {
        const values = Object.fromEntries(FIELDS.map((f) => [f, formValue(request.body, f) ?? '']));
        const view = {
          values: { ...values, consentVersion: CONSENT_TEXT_VERSION },
          errors: fieldErrors(parsed.error, ctx.t),
          countries: countryOptions(ctx.locale),
          next: parseNext(formValue(request.body, 'next')),
        };
        return sendPage(reply, ProfilePage({ ctx, view }), 400);
      }
      const { consent: _consent, next, ...profile } = parsed.data;
      await saveApplicantProfile(
        app.deps,
        request.actor,
        { requestId: request.id },
        { ...profile, hasConsented: true, locale: ctx.locale },
      );
      return reply.redirect(safeNext(next, '/applicant/profile?saved=1'), 303);
    },
  );
}
