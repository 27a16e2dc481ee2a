-- The part of the draft a comment made on the public consultation page addresses: the anchor (id) of a chapter,
-- paragraph or point of the draft's HTML outline, e.g. rozdzial-6-ust-2. Null for comments from the API or
-- before V5; the public page lists those under "other comments". Portable between PostgreSQL and H2.
alter table consultation_comment add column anchor varchar(100);
