-- Quote search in date order. The FTS index's rowid is the quote's sort key: its day (days since 0001-01-01)
-- times 2^32 plus the quote's rowid. FTS5 walks its matches in rowid order, so a search's first page is the
-- first 21 matches in date order, found without reading every match (0.2 ms instead of 5 ms for a term in 10,000
-- of a million quotes), a date range is a rowid range, and `rowid % 4294967296` finds the quote. Contentless:
-- the text lives in `quotes`; contentless_delete lets the triggers delete by rowid.
-- The expression below is repeated in src/db/queries/quote-search.ts (searchKeySql).
DROP TRIGGER IF EXISTS `quotes_fts_ai`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `quotes_fts_ad`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `quotes_fts_au`;
--> statement-breakpoint
DROP TABLE IF EXISTS `quotes_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `quotes_search` USING fts5(text, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
INSERT INTO `quotes_search`(rowid, text)
  SELECT (coalesce(CAST(julianday(`date`) AS INTEGER), 1721425) - 1721425) * 4294967296 + rowid, `text` FROM `quotes`;
--> statement-breakpoint
INSERT INTO `quotes_search`(`quotes_search`) VALUES ('optimize');
--> statement-breakpoint
CREATE TRIGGER `quotes_search_ai` AFTER INSERT ON `quotes` BEGIN
  INSERT INTO quotes_search(rowid, text)
    VALUES ((coalesce(CAST(julianday(new.date) AS INTEGER), 1721425) - 1721425) * 4294967296 + new.rowid, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `quotes_search_ad` AFTER DELETE ON `quotes` BEGIN
  DELETE FROM quotes_search
    WHERE rowid = (coalesce(CAST(julianday(old.date) AS INTEGER), 1721425) - 1721425) * 4294967296 + old.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER `quotes_search_au` AFTER UPDATE OF `text`, `date` ON `quotes` BEGIN
  DELETE FROM quotes_search
    WHERE rowid = (coalesce(CAST(julianday(old.date) AS INTEGER), 1721425) - 1721425) * 4294967296 + old.rowid;
  INSERT INTO quotes_search(rowid, text)
    VALUES ((coalesce(CAST(julianday(new.date) AS INTEGER), 1721425) - 1721425) * 4294967296 + new.rowid, new.text);
END;
