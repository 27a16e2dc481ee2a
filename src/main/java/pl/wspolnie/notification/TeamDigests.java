package pl.wspolnie.notification;

import org.springframework.data.jpa.repository.JpaRepository;

interface TeamDigests extends JpaRepository<TeamDigest, String> {
}
