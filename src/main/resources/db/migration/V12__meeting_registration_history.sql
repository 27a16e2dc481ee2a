-- A registration cancelled and taken up again by the same address is a new registration (new number, new cancel
-- link); the cancelled one stays as it was. One ACTIVE registration per address and meeting: active_key is the
-- e-mail key while the registration holds a seat or waits, null once cancelled (nulls never collide).
alter table meeting_registration drop constraint meeting_registration_once;
alter table meeting_registration add column active_key varchar(254);
update meeting_registration set active_key = email_key where status <> 'CANCELLED';
alter table meeting_registration add constraint meeting_registration_active_once unique (meeting_id, active_key);
