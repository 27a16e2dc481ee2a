-- Every proposal gets a public reference number that a submitter can use to follow it without logging in:
-- 'WSP-' || the programme's first year || '-' || 8 random characters of Crockford's base32 (no I, L, O, U).
-- New proposals get theirs from the application; existing rows are backfilled here with random() (the same
-- function on PostgreSQL and H2). Portable SQL: no functions or types specific to one database.

alter table proposal add column reference varchar(20);

update proposal set reference = 'WSP-'
    || cast((select p.first_year from programme p where p.id = proposal.programme_id) as varchar(4)) || '-'
    || substring('0123456789ABCDEFGHJKMNPQRSTVWXYZ' from cast(floor(random() * 32) as integer) + 1 for 1)
    || substring('0123456789ABCDEFGHJKMNPQRSTVWXYZ' from cast(floor(random() * 32) as integer) + 1 for 1)
    || substring('0123456789ABCDEFGHJKMNPQRSTVWXYZ' from cast(floor(random() * 32) as integer) + 1 for 1)
    || substring('0123456789ABCDEFGHJKMNPQRSTVWXYZ' from cast(floor(random() * 32) as integer) + 1 for 1)
    || substring('0123456789ABCDEFGHJKMNPQRSTVWXYZ' from cast(floor(random() * 32) as integer) + 1 for 1)
    || substring('0123456789ABCDEFGHJKMNPQRSTVWXYZ' from cast(floor(random() * 32) as integer) + 1 for 1)
    || substring('0123456789ABCDEFGHJKMNPQRSTVWXYZ' from cast(floor(random() * 32) as integer) + 1 for 1)
    || substring('0123456789ABCDEFGHJKMNPQRSTVWXYZ' from cast(floor(random() * 32) as integer) + 1 for 1)
where reference is null;

alter table proposal alter column reference set not null;

create unique index proposal_reference on proposal (reference);
