-- Whether an event's date is stated in the text or is the document's date standing in for it.
ALTER TABLE events ADD COLUMN date_kind TEXT;
