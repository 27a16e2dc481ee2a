package pl.wspolnie.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.springframework.data.domain.Persistable;

/** An address that has been sent a receipt: the row whose lock makes the receipt check atomic. */
@Entity
@Table(name = "receipt_address")
class ReceiptAddress implements Persistable<String> {

    @Id
    private String recipient;

    protected ReceiptAddress() {
    }

    ReceiptAddress(String recipient) {
        this.recipient = recipient;
    }

    @Override
    public String getId() {
        return recipient;
    }

    /** Always inserted, never merged: the row carries nothing but its key. */
    @Override
    public boolean isNew() {
        return true;
    }
}
