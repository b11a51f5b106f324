CREATE INDEX `meeting_participants_participant_role_idx` ON `meeting_participants` (`participant_id`,`role`,`meeting_id`);--> statement-breakpoint
CREATE INDEX `meetings_span_end_idx` ON `meetings` ((CASE WHEN "end_date" IS NULL THEN "date" ELSE "end_date" END));--> statement-breakpoint
CREATE INDEX `meetings_status_idx` ON `meetings` (`status`,`date`,`id`);--> statement-breakpoint
CREATE INDEX `participants_kind_idx` ON `participants` (`kind`,`name`,`id`);--> statement-breakpoint
CREATE INDEX `participants_affiliation_idx` ON `participants` ("affiliation" COLLATE NOCASE,`name`,`id`);--> statement-breakpoint
CREATE INDEX `quotes_article_idx` ON `quotes` (`article_id`,`start`);