package pl.wspolnie.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who may read personal data of people outside the city (commenters' and NGO contacts' names and e-mail
 * addresses): the coordination team, which answers them, and administrators. Other teams see the comment or
 * proposal without them.
 */
public final class PersonalData {

    private PersonalData() {
    }

    /** Whether the caller of the current API request may read personal data. */
    public static boolean visibleToCaller() {
        var caller = SecurityContextHolder.getContext().getAuthentication();
        return caller != null && caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals(Groups.COORDINATION_TEAM) || a.equals(Groups.ADMIN));
    }
}
