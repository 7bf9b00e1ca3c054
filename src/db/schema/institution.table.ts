import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Host institutions (UCAS, USTC, Beijing universities): admission officers are scoped to one. */
export const institutions = pgTable('institutions', {
  id: text('id').primaryKey(),
  nameEn: text('name_en').notNull(),
  nameZh: text('name_zh').notNull(),
  cityEn: text('city_en').notNull(),
  cityZh: text('city_zh').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});
