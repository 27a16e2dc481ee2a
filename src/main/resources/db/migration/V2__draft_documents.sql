-- Every draft version carries its document and the data it was made from (issue #4).
-- Portable as written: H2 2.x takes bytea as an alias of BINARY VARYING, and character varying without a
-- length is unbounded on PostgreSQL and 1 000 000 000 characters on H2, so no vendor-specific files are needed.
-- Versions recorded before this migration keep null documents; every new version fills all five columns.

alter table draft_version add column content bytea;
alter table draft_version add column content_type varchar(100);
alter table draft_version add column size_bytes bigint;
alter table draft_version add column sha256 char(64);
alter table draft_version add column snapshot varchar;

-- all five or none (older versions); a version never gets its document later, see DraftVersion (immutable)
alter table draft_version add constraint draft_version_document check (
    (content is null and content_type is null and size_bytes is null and sha256 is null and snapshot is null)
    or (content is not null and content_type is not null and size_bytes is not null and sha256 is not null
        and snapshot is not null));
