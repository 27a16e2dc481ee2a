package pl.wspolnie.security;

import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * People of the office as documents and pages name them ("Katarzyna Koordynatorka"), looked up in the engine's
 * user directory by the application itself (not limited to the users the current person may read), so that the
 * features need no Camunda API of their own for it.
 */
@Component
public class PersonNames {

    private final IdentityService identity;

    PersonNames(IdentityService identity) {
        this.identity = identity;
    }

    /** "First Last" of the user, else the login; null for null. */
    public String displayName(String userId) {
        if (userId == null) {
            return null;
        }
        User user = withoutAuthentication(() -> identity.createUserQuery().userId(userId).singleResult());
        String name = user == null ? "" : ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? userId : name;
    }

    /** The first member (by login) of the group, if it has any. */
    public Optional<String> firstMemberOf(String group) {
        return withoutAuthentication(() -> identity.createUserQuery().memberOfGroup(group).orderByUserId().asc()
                .listPage(0, 1).stream().map(User::getId).findFirst());
    }

    private <T> T withoutAuthentication(Supplier<T> lookup) {
        var current = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return lookup.get();
        } finally {
            if (current != null) {
                identity.setAuthentication(current);
            }
        }
    }
}
