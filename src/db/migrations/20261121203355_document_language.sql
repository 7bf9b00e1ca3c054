ALTER TABLE "documents" ADD COLUMN "is_other_language" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "translation_of_id" uuid;