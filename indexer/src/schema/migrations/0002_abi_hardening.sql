-- Ledger hardening: authorization generations, signature horizon, revocation shortfall covered by
-- refunds, frozen accounts and contestable recoveries that move a record to its successor.

ALTER TABLE network ADD COLUMN signature_horizon bigint;

-- Signatures of an organization die when its generation changes (suspension, account move).
ALTER TABLE organizations ADD COLUMN generation bigint NOT NULL DEFAULT 0;
-- A delegate's own generation (bumped on revocation).
ALTER TABLE delegates ADD COLUMN generation bigint NOT NULL DEFAULT 0;

-- shortfall: credits of revoked attestations already spent, covered first by later refunds.
-- frozen: a recovery of this address is pending, or its record was moved (recovered_to).
ALTER TABLE accounts ADD COLUMN shortfall numeric(78,0) NOT NULL DEFAULT 0;
ALTER TABLE accounts ADD COLUMN frozen boolean NOT NULL DEFAULT false;
ALTER TABLE accounts ADD COLUMN recovered_to text;

ALTER TABLE account_changes ADD COLUMN shortfall_delta numeric(78,0) NOT NULL DEFAULT 0;
ALTER TABLE account_changes ADD COLUMN shortfall numeric(78,0) NOT NULL DEFAULT 0;

-- status: pending | cancelled | rejected | executed; contested by the old address.
ALTER TABLE recoveries ADD COLUMN contested boolean NOT NULL DEFAULT false;

-- The account clawed back from (the participant or its recovery successor).
ALTER TABLE attestations ADD COLUMN holder text;

-- A refund credits the holder; part of it may cover the holder's shortfall instead of the balance.
ALTER TABLE redemptions ADD COLUMN refund_holder text;
ALTER TABLE redemptions ADD COLUMN refund_spendable numeric(78,0);
ALTER TABLE redemptions ADD COLUMN refund_shortfall_covered numeric(78,0);
