package pl.wspolnie.programme;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Programmes extends JpaRepository<Programme, Long> {

    List<Programme> findAllByOrderByIdDesc();

    List<Programme> findByStage(Stage stage);
}
