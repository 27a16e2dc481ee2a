package pl.wspolnie.programme;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PriorityTasks extends JpaRepository<PriorityTask, Long> {

    List<PriorityTask> findBySectionIdOrderById(Long sectionId);

    /**
     * A programme's tasks with their amounts in one statement. Written as JPQL, not derived from the name: Hibernate
     * 6.6 translates a derived (criteria) query to SQL on every call, a string once; and the amounts, an eager
     * collection, would otherwise be read by one more statement per task. Every proposal's intake reads this.
     */
    @Query("select distinct t from PriorityTask t left join fetch t.amounts where t.sectionId in "
            + "(select s.id from SectorSection s where s.programmeId = ?1) order by t.id")
    List<PriorityTask> ofProgramme(Long programmeId);
}
