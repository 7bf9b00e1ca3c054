import type { Page } from 'playwright-core';

import { DEMO_PASSWORD } from '@/db/seed/demo-data';
import { translator } from '@/i18n/translate';

const en = translator('en');

/**
 * Signs `email` in through the English sign-in form (the demo users' password unless told) and
 * waits until the header offers the account link, so the session cookie is set.
 */
export async function signIn(
  page: Page,
  baseUrl: string,
  email: string,
  password: string = DEMO_PASSWORD,
): Promise<void> {
  await page.goto(`${baseUrl}/sign-in?lang=en`);
  await page.getByRole('heading', { level: 1, name: en('sign_in.title'), exact: true }).waitFor();
  await page.getByLabel(en('sign_in.email_label'), { exact: true }).fill(email);
  await page.getByLabel(en('sign_in.password_label'), { exact: true }).fill(password);
  await page
    .getByRole('main')
    .getByRole('button', { name: en('sign_in.submit'), exact: true })
    .click();
  await page
    .getByRole('banner')
    .getByRole('navigation')
    .getByRole('link', { name: en('nav.account'), exact: true })
    .waitFor();
}
