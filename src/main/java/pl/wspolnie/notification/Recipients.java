package pl.wspolnie.notification;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The e-mail addresses of a team: the members of a Camunda group. Users without an address are skipped.
 *
 * <p>Mail is often queued while a person's engine authentication is set (completing a task in Tasklist); the
 * engine would then show only the users that person may read. The lookup runs without it, and restores it.
 */
@Component
class Recipients {

    private final IdentityService identity;

    Recipients(IdentityService identity) {
        this.identity = identity;
    }

    List<String> addresses(String groupId) {
        return withoutAuthentication(() -> identity.createUserQuery().memberOfGroup(groupId).list().stream()
                .map(User::getEmail)
                .filter(email -> email != null && !email.isBlank())
                .map(email -> email.strip().toLowerCase(Locale.ROOT))
                .distinct().sorted().toList());
    }

    /** The group's display name ("Zespół branżowy: Kultura i sztuka"), or its id. */
    String teamName(String groupId) {
        return withoutAuthentication(() -> {
            Group group = identity.createGroupQuery().groupId(groupId).singleResult();
            return group == null || group.getName() == null ? groupId : group.getName();
        });
    }

    private <T> T withoutAuthentication(Supplier<T> lookup) {
        var current = identity.getCurrentAuthentication();
        if (current == null) {
            return lookup.get();
        }
        identity.clearAuthentication();
        try {
            return lookup.get();
        } finally {
            identity.setAuthentication(current);
        }
    }
}
