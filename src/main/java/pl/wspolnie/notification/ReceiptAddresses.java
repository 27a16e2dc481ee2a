package pl.wspolnie.notification;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Serialises the receipts of one address: {@link #lock} returns when no other transaction holds the address, and
 * holds it until the caller's transaction ends, so the caller's "was there a receipt within the window?" sees every
 * receipt committed before it and no two callers both answer "no".
 */
@Component
class ReceiptAddresses {

    private final ReceiptAddressRows rows;
    private final TransactionTemplate ownTransaction;

    ReceiptAddresses(ReceiptAddressRows rows, PlatformTransactionManager transactions) {
        this.rows = rows;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Locks the address (lower-case) for the caller's transaction, creating its row first if it has none. */
    void lock(String address) {
        if (rows.lockById(address).isPresent()) {
            return;
        }
        try {
            // in a transaction of its own: a concurrent first insert must not spoil the caller's transaction
            ownTransaction.executeWithoutResult(status -> rows.saveAndFlush(new ReceiptAddress(address)));
        } catch (DataIntegrityViolationException concurrentFirstReceipt) {
            // the other transaction made the row; locking it below waits for that transaction
        }
        rows.lockById(address).orElseThrow(() -> new IllegalStateException("receipt row of " + address + " missing"));
    }
}
