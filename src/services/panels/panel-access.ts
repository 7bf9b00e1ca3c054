import type { TDb } from '@/db/client';
import { findPanel, type TPanelWithProgram } from '@/db/repositories/panel.repository';
import { requireAccess } from '@/policies/access';
import type { TActor } from '@/policies/actor';

import { AppError } from '../app-error';

/**
 * The panel an officer acts on, after the access check with its program in hand. A panel of
 * another program answers 404, as one that does not exist (its existence is not theirs to know).
 */
export async function panelFor(
  db: TDb,
  actor: TActor,
  panelId: string,
  opts: { forUpdate?: boolean } = {},
): Promise<TPanelWithProgram> {
  requireAccess(actor, 'panel.manage');
  const panel = await findPanel(db, panelId, opts);
  if (!panel) throw new AppError('not_found', 'No such panel');
  requireAccess(actor, 'panel.manage', { programId: panel.programId }, { hideExistence: true });
  return panel;
}
