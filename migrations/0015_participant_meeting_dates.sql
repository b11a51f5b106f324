DROP INDEX `meeting_participants_participant_idx`;--> statement-breakpoint
ALTER TABLE `meeting_participants` ADD `meeting_date` text;--> statement-breakpoint
-- Existing links, before the index is built over them.
UPDATE `meeting_participants` SET `meeting_date` = (SELECT `date` FROM `meetings` WHERE `id` = `meeting_participants`.`meeting_id`);--> statement-breakpoint
CREATE INDEX `meeting_participants_participant_date_idx` ON `meeting_participants` (`participant_id`,`meeting_date`,`meeting_id`,`role`);--> statement-breakpoint
-- A link's meeting_date is its meeting's date, kept by triggers so every write path (ingestion, corrections,
-- merges, rescheduling) keeps it exact: a link written without it, or with another, gets it right after.
CREATE TRIGGER `meeting_participants_date_ai` AFTER INSERT ON `meeting_participants`
WHEN new.meeting_date IS NOT (SELECT date FROM meetings WHERE id = new.meeting_id) BEGIN
  UPDATE meeting_participants SET meeting_date = (SELECT date FROM meetings WHERE id = new.meeting_id)
  WHERE meeting_id = new.meeting_id AND participant_id = new.participant_id AND role = new.role;
END;
--> statement-breakpoint
CREATE TRIGGER `meeting_participants_date_au` AFTER UPDATE OF `meeting_id`, `meeting_date` ON `meeting_participants`
WHEN new.meeting_date IS NOT (SELECT date FROM meetings WHERE id = new.meeting_id) BEGIN
  UPDATE meeting_participants SET meeting_date = (SELECT date FROM meetings WHERE id = new.meeting_id)
  WHERE meeting_id = new.meeting_id AND participant_id = new.participant_id AND role = new.role;
END;
--> statement-breakpoint
CREATE TRIGGER `meetings_participant_dates_au` AFTER UPDATE OF `id`, `date` ON `meetings`
WHEN new.date IS NOT old.date OR new.id IS NOT old.id BEGIN
  UPDATE meeting_participants SET meeting_date = new.date WHERE meeting_id = new.id;
END;
