-- Written by hand (no schema change): an entry header committed without any line is refused.
-- journal_line's deferred trigger checks balance per currency when lines are inserted; this one
-- covers the header, also at commit, so both triggers see the whole entry.
CREATE FUNCTION "check_entry_has_lines"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT count(*) FROM "journal_line" WHERE "entry_id" = NEW."id") < 2 THEN
    RAISE EXCEPTION 'journal entry % has fewer than two lines', NEW."number" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER "journal_entry_has_lines" AFTER INSERT ON "journal_entry"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "check_entry_has_lines"();
