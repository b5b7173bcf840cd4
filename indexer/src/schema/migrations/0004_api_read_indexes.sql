-- Reads the HTTP API serves on every page view of the dApp. A resident is looked up by address
-- alone (every city at once); the primary key leads with city_id, so without this index the
-- lookup scans every account.
CREATE INDEX accounts_resident ON accounts (resident);
