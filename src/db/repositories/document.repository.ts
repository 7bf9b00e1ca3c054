import { and, asc, eq, inArray, isNull } from 'drizzle-orm';

import type { TDb } from '../client';
import { documents } from '../schema';

export type TDocumentRow = typeof documents.$inferSelect;

const isUuid = (id: string) => /^[0-9a-f-]{36}$/i.test(id);

/**
 * The application's current documents (removed and replaced ones left out), oldest first.
 * Referee letters stored as documents are included (they carry `refereeId`).
 * @example const docs = await listApplicationDocuments(db, app.id);
 */
export async function listApplicationDocuments(
  db: TDb,
  applicationId: string,
): Promise<TDocumentRow[]> {
  return db
    .select()
    .from(documents)
    .where(and(eq(documents.applicationId, applicationId), isNull(documents.deletedAt)))
    .orderBy(asc(documents.createdAt), asc(documents.id));
}

/** One current document of an application: scoped by the application, so an id alone finds nothing. */
export async function findApplicationDocument(
  db: TDb,
  applicationId: string,
  documentId: string,
): Promise<TDocumentRow | undefined> {
  if (!isUuid(documentId)) return undefined;
  const [row] = await db
    .select()
    .from(documents)
    .where(
      and(
        eq(documents.id, documentId),
        eq(documents.applicationId, applicationId),
        isNull(documents.deletedAt),
      ),
    )
    .limit(1);
  return row;
}

export async function insertDocument(
  tx: TDb,
  values: typeof documents.$inferInsert,
): Promise<TDocumentRow> {
  const [row] = await tx.insert(documents).values(values).returning();
  if (!row) throw new Error('insertDocument returned no row');
  return row;
}

/** Marks documents of one application removed (the rows stay for the audit trail). */
export async function markDocumentsDeleted(
  tx: TDb,
  applicationId: string,
  ids: readonly string[],
  at: Date,
): Promise<void> {
  if (ids.length === 0) return;
  await tx
    .update(documents)
    .set({ deletedAt: at })
    .where(and(eq(documents.applicationId, applicationId), inArray(documents.id, [...ids])));
}
