-- A postulate raised at a meeting while the draft is out for consultation can become a consultation comment
-- (channel MEETING; answered and reported like any other): the comment it became, and the outcome allowed for it.
-- V20 leaves room for migrations of branches made at the same time. Portable between PostgreSQL and H2.
alter table meeting_postulate add column comment_id bigint references consultation_comment (id);
alter table meeting_postulate drop constraint meeting_postulate_outcome;
alter table meeting_postulate add constraint meeting_postulate_outcome
    check (outcome in ('OPEN', 'PROPOSAL', 'CHAPTER_REMARK', 'CONSULTATION_COMMENT'));
