package pl.wspolnie.notification;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MailAttachments extends JpaRepository<MailAttachment, Long> {

    List<MailAttachment> findByMailIdOrderByPosition(Long mailId);

    List<MailAttachment> findByMailIdInOrderByMailIdAscPositionAsc(Collection<Long> mailIds);
}
