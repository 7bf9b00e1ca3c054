import { count } from 'drizzle-orm';

import { ZStoredCallSettings } from '@/contracts/call-settings.schema';
import { beijingDateOf } from '@/domain/dates';
import { hashPassword } from '@/services/accounts/secrets';

import type { TDb } from '../client';
import { insertCall } from '../repositories/call.repository';
import { insertInstitution } from '../repositories/institution.repository';
import { insertAudit } from '../repositories/audit.repository';
import { insertRole, insertUser } from '../repositories/user.repository';
import { users } from '../schema';
import { planDemoCalls } from './demo-calls';
import { DEMO_INSTITUTIONS, DEMO_PASSWORD, DEMO_USERS } from './demo-data';
import { seedDemoReview } from './demo-review';
import { seedDemoScreening } from './demo-screening';

/**
 * Loads the demo into an empty database (no users yet) in one audited transaction. Returns
 * false, doing nothing, when the database already has data. The calls are planned from `now`'s
 * Beijing date (R-GEN-TIME): open that day for every program, one past call closed.
 */
export async function seedDemo(db: TDb, now: Date): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  if ((row?.n ?? 0) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const seededOn = beijingDateOf(now);
  const cycle = planDemoCalls(seededOn);
  const demoCalls = [...cycle.past, ...cycle.current];
  await db.transaction(async (tx) => {
    for (const inst of DEMO_INSTITUTIONS) await insertInstitution(tx, { ...inst, createdAt: now });
    for (const c of demoCalls) {
      await insertCall(tx, {
        id: c.id,
        programId: c.programId,
        intakeYear: c.intakeYear,
        hostId: c.hostId,
        opensOn: c.opensOn,
        closesOn: c.closesOn,
        isPublished: true,
        settings: ZStoredCallSettings.parse(c.settings),
        createdAt: now,
        updatedAt: now,
      });
    }
    for (const u of DEMO_USERS) {
      const user = await insertUser(tx, {
        email: u.email,
        displayName: u.displayName,
        passwordHash,
        locale: 'en',
        emailVerifiedAt: now,
        createdAt: now,
        updatedAt: now,
      });
      await insertRole(tx, {
        userId: user.id,
        role: u.role,
        programId: u.programId,
        institutionId: u.institutionId,
        createdAt: now,
      });
    }
    const screening = await seedDemoScreening(tx, now, cycle.current, passwordHash);
    await seedDemoReview(tx, now, { passwordHash, cycle });
    await insertAudit(tx, {
      occurredAt: now,
      actorUserId: null,
      actorKind: 'system',
      action: 'demo.seeded',
      entityType: 'database',
      entityId: 'demo',
      after: {
        seededOn,
        intakeYear: cycle.intakeYear,
        institutions: DEMO_INSTITUTIONS.length,
        calls: demoCalls.map((c) => c.id),
        users: DEMO_USERS.length,
        screeningApplications: screening.applications,
      },
    });
  });
  return true;
}
