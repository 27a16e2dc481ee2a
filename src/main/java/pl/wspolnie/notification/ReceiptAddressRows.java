package pl.wspolnie.notification;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ReceiptAddressRows extends JpaRepository<ReceiptAddress, String> {

    /** The address's row, locked until the caller's transaction ends (SELECT … FOR UPDATE). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from ReceiptAddress r where r.recipient = ?1")
    Optional<ReceiptAddress> lockById(String recipient);
}
