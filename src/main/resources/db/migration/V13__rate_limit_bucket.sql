-- Rate-limit buckets of the public forms shared by every node (Bucket4j's PostgreSQL proxy manager, used when
-- wspolnie.public-site.rate-limit.store is database, or auto on PostgreSQL). id: SHA-256 of the kind and the client or
-- e-mail address, never the address; state: Bucket4j's serialised bucket; expires_at: epoch millis when it is full again.
create table rate_limit_bucket (
    id         varchar(100) primary key,
    state      bytea,
    expires_at bigint
);
