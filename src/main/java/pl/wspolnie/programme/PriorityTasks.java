package pl.wspolnie.programme;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PriorityTasks extends JpaRepository<PriorityTask, Long> {

    List<PriorityTask> findBySectionIdOrderById(Long sectionId);

    List<PriorityTask> findBySectionIdInOrderById(Collection<Long> sectionIds);
}
