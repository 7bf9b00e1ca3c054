import type { FastifyInstance } from 'fastify';

import { accountRoutes } from './account/account.route';
import { apiV1Routes } from './api/api-v1.route';
import { passwordResetRoutes } from './account/password-reset.route';
import { signInRoutes } from './account/sign-in.route';
import { signOutRoutes } from './account/sign-out.route';
import { signUpRoutes } from './account/sign-up.route';
import { verifyEmailRoutes } from './account/verify-email.route';
import { auditRoutes } from './admin/audit.route';
import { applicationSectionRoutes } from './applications/application-sections.route';
import { applicationSubmitRoutes } from './applications/application-submit.route';
import { applicationsRoutes } from './applications/applications.route';
import { documentRoutes } from './applications/documents.route';
import { printRoutes } from './applications/print.route';
import { profileRoutes } from './applications/profile.route';
import { applicationRefereeRoutes } from './applications/referees.route';
import { mailboxRoutes } from './admin/mailbox.route';
import { catalogRoutes } from './public/catalog.route';
import { publicRoutes } from './public/public.route';
import { rankingRoutes } from './ranking/ranking.route';
import { refereeLinkRoutes } from './referees/referee-link.route';
import { interviewRoutes } from './interviews/interviews.route';
import { invitationRoutes } from './panels/invitation.route';
import { panelPageRoutes } from './panels/panel-page.route';
import { panelRoutes } from './panels/panels.route';
import { staffCallRoutes } from './staff/calls.route';

/** Every route of the app. Each declares `config.action`; the route-policy test checks them all. */
export async function registerRoutes(app: FastifyInstance): Promise<void> {
  publicRoutes(app);
  catalogRoutes(app);
  apiV1Routes(app);
  signUpRoutes(app);
  signInRoutes(app);
  signOutRoutes(app);
  verifyEmailRoutes(app);
  passwordResetRoutes(app);
  accountRoutes(app);
  auditRoutes(app);
  mailboxRoutes(app);
  staffCallRoutes(app);
  profileRoutes(app);
  applicationsRoutes(app);
  applicationSectionRoutes(app);
  applicationSubmitRoutes(app);
  documentRoutes(app);
  applicationRefereeRoutes(app);
  refereeLinkRoutes(app);
  printRoutes(app);
  panelRoutes(app);
  panelPageRoutes(app);
  invitationRoutes(app);
  rankingRoutes(app);
  interviewRoutes(app);
}
