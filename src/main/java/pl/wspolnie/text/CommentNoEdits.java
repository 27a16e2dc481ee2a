package pl.wspolnie.text;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommentNoEdits extends JpaRepository<CommentNoEdit, Long> {

    List<CommentNoEdit> findByProgrammeId(Long programmeId);

    Optional<CommentNoEdit> findByProgrammeIdAndCommentRef(Long programmeId, String commentRef);
}
