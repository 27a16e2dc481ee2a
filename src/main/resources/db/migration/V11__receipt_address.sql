-- One row per address that has been sent a receipt of a public form. Its row lock serialises the check "had this
-- address a receipt within the window?" (notification.ReceiptAddresses), so submissions arriving at the same moment,
-- on one node or several, queue at most one receipt per address per window.
create table receipt_address (
    recipient   varchar(254)    primary key
);
