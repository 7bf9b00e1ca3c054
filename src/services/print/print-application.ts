import type { TActor } from '@/policies/actor';

import type { TDeps } from '../context';
import { loadPrintableApplication } from './load-printable-application';
import { renderApplicationPdf } from './render-application-pdf';

export type TPrintedApplication = {
  pdf: Buffer;
  receiptNumber: string | null;
  isSubmitted: boolean;
};

/**
 * The printable application form as a PDF in its applicant's language, drawn from the data
 * (owner or staff of the application only; anyone else gets 404).
 * @example const { pdf } = await printApplication(deps, actor, applicationId);
 */
export async function printApplication(
  deps: TDeps,
  actor: TActor,
  applicationId: string,
): Promise<TPrintedApplication> {
  const printable = await loadPrintableApplication(deps, actor, applicationId);
  return {
    pdf: await renderApplicationPdf(printable, printable.applicant.locale),
    receiptNumber: printable.receiptNumber,
    isSubmitted: printable.isSubmitted,
  };
}
