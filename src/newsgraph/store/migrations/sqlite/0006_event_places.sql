-- The newsgraph store, step 6: where events happened.
-- events.location_method: how the event's place was found (clause, sentence, paragraph, dateline).
-- doc_entities.geo / entities.geo: a place's coordinates and GeoNames record as JSON ({lat, lon,
-- geonames_id, admin1, admin2, country, feature}), geocoded once per document entity at ingest and
-- carried to the corpus entity by resolution.
ALTER TABLE events ADD COLUMN location_method TEXT;
ALTER TABLE doc_entities ADD COLUMN geo TEXT;
ALTER TABLE entities ADD COLUMN geo TEXT;
