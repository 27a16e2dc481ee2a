package pl.wspolnie.subscription;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NewsSubscriptions extends JpaRepository<NewsSubscription, Long> {

    Optional<NewsSubscription> findByEmail(String email);

    Optional<NewsSubscription> findByToken(String token);

    List<NewsSubscription> findByConfirmedTrueOrderById();
}
