-- Active residents: how many distinct residents were attested per city x category x UTC day. A count
-- of distinct residents cannot be summed from counters, so the fold keeps the (day, resident) pairs it
-- has seen (private: not a published dataset) and bumps daily_stats.active_residents on the first one.

ALTER TABLE daily_stats ADD COLUMN active_residents bigint NOT NULL DEFAULT 0;

CREATE TABLE daily_residents (
  city_id      bigint NOT NULL,
  day          date   NOT NULL,
  category     text   NOT NULL,
  resident     text   NOT NULL,
  block_number bigint NOT NULL,  -- block of the resident's first attestation that day
  PRIMARY KEY (city_id, day, category, resident)
);
CREATE INDEX daily_residents_block ON daily_residents (block_number);

-- A store synced before this version: derive both from the attestations it holds (category as the
-- opportunity has it now).
INSERT INTO daily_residents (city_id, day, category, resident, block_number)
SELECT a.city_id, (to_timestamp(a.timestamp) AT TIME ZONE 'UTC')::date,
       coalesce(o.category, 'uncategorized'), a.resident, min(a.block_number)
  FROM attestations a JOIN opportunities o USING (opportunity_id)
 GROUP BY 1, 2, 3, 4;

UPDATE daily_stats s SET active_residents = c.n
  FROM (SELECT city_id, day, category, count(*) AS n FROM daily_residents GROUP BY 1, 2, 3) c
 WHERE s.city_id = c.city_id AND s.day = c.day AND s.category = c.category;
