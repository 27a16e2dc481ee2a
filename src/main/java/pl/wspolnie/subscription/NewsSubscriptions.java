package pl.wspolnie.subscription;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NewsSubscriptions extends JpaRepository<NewsSubscription, Long> {

    Optional<NewsSubscription> findByEmail(String email);

    Optional<NewsSubscription> findByToken(String token);

    List<NewsSubscription> findByConfirmedTrueOrderById();

    @Modifying
    @Query("delete from NewsSubscription s where s.confirmed = false and s.createdAt <= :askedBefore")
    int deleteUnconfirmedAskedBefore(Instant askedBefore);
}
