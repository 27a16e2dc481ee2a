package pl.wspolnie.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import pl.wspolnie.municipality.MunicipalityProfile;

/**
 * Demo only ({@code wspolnie.demo.users=true}, set by the demo profile): one user per group, password equal
 * to the user id, and the administrator {@code demo} also in the coordination team. The {@code department} user
 * belongs to the department WKS.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "wspolnie.demo.users", havingValue = "true")
class DemoUsers implements ApplicationRunner {

    record DemoUser(String id, String firstName, String lastName, String group) {
    }

    private final IdentityService identity;
    private final MunicipalityProfile profile;

    DemoUsers(IdentityService identity, MunicipalityProfile profile) {
        this.identity = identity;
        this.profile = profile;
    }

    static List<DemoUser> users(MunicipalityProfile profile) {
        List<DemoUser> users = new ArrayList<>();
        users.add(new DemoUser("coordinator", "Katarzyna", "Koordynatorka", Groups.COORDINATION_TEAM));
        for (var sector : profile.sectors()) {
            String id = sector.group().startsWith("sector-") ? sector.group().substring("sector-".length()) : sector.group();
            users.add(new DemoUser(id, "Zespół", sector.name(), sector.group()));
        }
        users.add(new DemoUser("department", "Wiesław", "Wydziałowy", Groups.DEPARTMENTS));
        users.add(new DemoUser("mayor", "Prezydent", "Miasta", Groups.MAYOR_OFFICE));
        users.add(new DemoUser("council", "Kancelaria", "Rady", Groups.COUNCIL_OFFICE));
        users.add(new DemoUser("krdpp", "Rada", "Pożytku", Groups.PUBLIC_BENEFIT_COUNCIL));
        return users;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoUser demo : users(profile)) {
            if (identity.createUserQuery().userId(demo.id()).count() == 0) {
                var user = identity.newUser(demo.id());
                user.setFirstName(demo.firstName());
                user.setLastName(demo.lastName());
                user.setPassword(demo.id());
                user.setEmail(demo.id() + "@example.org");
                identity.saveUser(user);
            }
            member(demo.id(), demo.group());
        }
        // the demo department user works for the Wydział Kształtowania Środowiska and proposes in its name only
        member("department", Groups.department("WKS"));
        member("demo", Groups.COORDINATION_TEAM);
    }

    private void member(String user, String group) {
        if (identity.createUserQuery().userId(user).count() > 0
                && identity.createUserQuery().userId(user).memberOfGroup(group).count() == 0) {
            identity.createMembership(user, group);
        }
    }
}
