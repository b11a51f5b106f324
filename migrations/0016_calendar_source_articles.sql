DROP INDEX `meetings_city_idx`;--> statement-breakpoint
DROP INDEX `meetings_country_idx`;--> statement-breakpoint
ALTER TABLE `meetings` ADD `source_articles` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
-- A meeting's source articles (distinct, ordered by id, as a JSON array), filled before the venue indexes that carry
-- them are built, then kept exact by triggers on evidence (every write path: ingestion, merges, deletions, cascades).
-- A statement only writes the row when the list changed: most evidence rows add a sentence of an article already
-- listed, and a write would move the meeting's entries in both venue indexes.
UPDATE `meetings` SET `source_articles` = (SELECT json_group_array(article_id) FROM
  (SELECT DISTINCT article_id FROM evidence e WHERE e.meeting_id = meetings.id ORDER BY article_id));--> statement-breakpoint
CREATE INDEX `meetings_city_idx` ON `meetings` (`city_key`,`date`,`id`,`end_date`,`title`,`date_certainty`,`city`,`country`,`status`,`rule`,`confidence`,`organization_names`,`party_names`,`source_count`,`source_articles`);--> statement-breakpoint
CREATE INDEX `meetings_country_idx` ON `meetings` (`country_key`,`date`,`id`,`end_date`,`title`,`date_certainty`,`city`,`country`,`status`,`rule`,`confidence`,`organization_names`,`party_names`,`source_count`,`source_articles`);--> statement-breakpoint
CREATE TRIGGER `evidence_source_articles_ai` AFTER INSERT ON `evidence` BEGIN
  UPDATE meetings SET source_articles = (SELECT json_group_array(article_id) FROM
    (SELECT DISTINCT article_id FROM evidence e WHERE e.meeting_id = meetings.id ORDER BY article_id))
  WHERE id = new.meeting_id AND source_articles IS NOT (SELECT json_group_array(article_id) FROM
    (SELECT DISTINCT article_id FROM evidence e WHERE e.meeting_id = new.meeting_id ORDER BY article_id));
END;--> statement-breakpoint
CREATE TRIGGER `evidence_source_articles_ad` AFTER DELETE ON `evidence` BEGIN
  UPDATE meetings SET source_articles = (SELECT json_group_array(article_id) FROM
    (SELECT DISTINCT article_id FROM evidence e WHERE e.meeting_id = meetings.id ORDER BY article_id))
  WHERE id = old.meeting_id AND source_articles IS NOT (SELECT json_group_array(article_id) FROM
    (SELECT DISTINCT article_id FROM evidence e WHERE e.meeting_id = old.meeting_id ORDER BY article_id));
END;--> statement-breakpoint
CREATE TRIGGER `evidence_source_articles_au` AFTER UPDATE OF `meeting_id`, `article_id` ON `evidence` BEGIN
  UPDATE meetings SET source_articles = (SELECT json_group_array(article_id) FROM
    (SELECT DISTINCT article_id FROM evidence e WHERE e.meeting_id = meetings.id ORDER BY article_id))
  WHERE id = old.meeting_id AND source_articles IS NOT (SELECT json_group_array(article_id) FROM
    (SELECT DISTINCT article_id FROM evidence e WHERE e.meeting_id = old.meeting_id ORDER BY article_id));
  UPDATE meetings SET source_articles = (SELECT json_group_array(article_id) FROM
    (SELECT DISTINCT article_id FROM evidence e WHERE e.meeting_id = meetings.id ORDER BY article_id))
  WHERE id = new.meeting_id AND source_articles IS NOT (SELECT json_group_array(article_id) FROM
    (SELECT DISTINCT article_id FROM evidence e WHERE e.meeting_id = new.meeting_id ORDER BY article_id));
END;
