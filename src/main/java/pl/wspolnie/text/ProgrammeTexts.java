package pl.wspolnie.text;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeTexts extends JpaRepository<ProgrammeText, Long> {
}
