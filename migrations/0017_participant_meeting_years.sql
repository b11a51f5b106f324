CREATE TABLE `participant_meeting_years` (
	`participant_id` text NOT NULL,
	`year` text NOT NULL,
	`meetings` integer NOT NULL,
	PRIMARY KEY(`participant_id`, `year`)
);
--> statement-breakpoint
-- Every (participant, year) cell a link write touches is counted again from the participant's index entries of
-- that year (DISTINCT meeting date and id, what the totals count), so the table is exact whatever order the
-- triggers of meeting_participants fire in (0015's set a link's date in a second statement) and through every
-- write path: ingestion, merges, corrections, rescheduling, deletions and cascades.
INSERT INTO `participant_meeting_years` (`participant_id`, `year`, `meetings`)
  SELECT participant_id, substr(meeting_date, 1, 4), count(*) FROM
    (SELECT DISTINCT participant_id, meeting_date, meeting_id FROM meeting_participants WHERE meeting_date IS NOT NULL)
  GROUP BY 1, 2;--> statement-breakpoint
CREATE TRIGGER `participant_meeting_years_ai` AFTER INSERT ON `meeting_participants` BEGIN
  DELETE FROM participant_meeting_years
    WHERE participant_id = new.participant_id AND year = substr(new.meeting_date, 1, 4);
  INSERT INTO participant_meeting_years (participant_id, year, meetings)
    SELECT new.participant_id, substr(new.meeting_date, 1, 4), n FROM (SELECT count(*) AS n FROM
      (SELECT DISTINCT meeting_date, meeting_id FROM meeting_participants WHERE participant_id = new.participant_id
        AND meeting_date >= substr(new.meeting_date, 1, 4) AND meeting_date < substr(new.meeting_date, 1, 4) || '~'))
    WHERE n > 0;
END;--> statement-breakpoint
CREATE TRIGGER `participant_meeting_years_ad` AFTER DELETE ON `meeting_participants` BEGIN
  DELETE FROM participant_meeting_years
    WHERE participant_id = old.participant_id AND year = substr(old.meeting_date, 1, 4);
  INSERT INTO participant_meeting_years (participant_id, year, meetings)
    SELECT old.participant_id, substr(old.meeting_date, 1, 4), n FROM (SELECT count(*) AS n FROM
      (SELECT DISTINCT meeting_date, meeting_id FROM meeting_participants WHERE participant_id = old.participant_id
        AND meeting_date >= substr(old.meeting_date, 1, 4) AND meeting_date < substr(old.meeting_date, 1, 4) || '~'))
    WHERE n > 0;
END;--> statement-breakpoint
CREATE TRIGGER `participant_meeting_years_au` AFTER UPDATE OF `meeting_id`, `participant_id`, `meeting_date`
ON `meeting_participants`
WHEN new.meeting_id IS NOT old.meeting_id OR new.participant_id IS NOT old.participant_id
  OR new.meeting_date IS NOT old.meeting_date BEGIN
  DELETE FROM participant_meeting_years
    WHERE participant_id = old.participant_id AND year = substr(old.meeting_date, 1, 4);
  INSERT INTO participant_meeting_years (participant_id, year, meetings)
    SELECT old.participant_id, substr(old.meeting_date, 1, 4), n FROM (SELECT count(*) AS n FROM
      (SELECT DISTINCT meeting_date, meeting_id FROM meeting_participants WHERE participant_id = old.participant_id
        AND meeting_date >= substr(old.meeting_date, 1, 4) AND meeting_date < substr(old.meeting_date, 1, 4) || '~'))
    WHERE n > 0;
  DELETE FROM participant_meeting_years
    WHERE participant_id = new.participant_id AND year = substr(new.meeting_date, 1, 4);
  INSERT INTO participant_meeting_years (participant_id, year, meetings)
    SELECT new.participant_id, substr(new.meeting_date, 1, 4), n FROM (SELECT count(*) AS n FROM
      (SELECT DISTINCT meeting_date, meeting_id FROM meeting_participants WHERE participant_id = new.participant_id
        AND meeting_date >= substr(new.meeting_date, 1, 4) AND meeting_date < substr(new.meeting_date, 1, 4) || '~'))
    WHERE n > 0;
END;
