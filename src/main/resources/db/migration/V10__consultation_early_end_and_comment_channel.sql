-- Issue #8: the coordination team may end a consultation window early from Tasklist; who, when and why are kept
-- and shown on the public page (closes_at then holds the moment it ended). And the channel each comment came in by
-- (PUBLIC_FORM, API, EMAIL), so the programme states only the channels that were used; null for comments before
-- V10 (their channel was not recorded and is never stated). Portable between PostgreSQL and H2.
alter table consultation add column ended_early_at timestamp with time zone;
alter table consultation add column ended_early_by varchar(100);
alter table consultation add column early_end_reason varchar(2000);
alter table consultation_comment add column channel varchar(20);
