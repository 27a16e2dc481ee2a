package pl.wspolnie.security;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;

/**
 * The engine's password policy ({@code enablePasswordPolicy}, on outside the demo and test profiles) said in Polish:
 * the rules a refused password does not meet, as Admin and the API show them.
 */
final class PasswordRules {

    private PasswordRules() {
    }

    /** "hasło nie spełnia zasad: …" listing each unmet rule with its figure. */
    static String explain(List<PasswordPolicyRule> violated) {
        return "hasło nie spełnia zasad: " + violated.stream().map(PasswordRules::rule).collect(Collectors.joining("; "));
    }

    private static String rule(PasswordPolicyRule rule) {
        Map<String, String> p = rule.getParameters() == null ? Map.of() : rule.getParameters();
        return switch (rule.getPlaceholder()) {
            case "PASSWORD_POLICY_LENGTH" -> "co najmniej " + p.getOrDefault("minLength", "?") + " znaków";
            case "PASSWORD_POLICY_LOWERCASE" -> "małe litery: co najmniej " + p.getOrDefault("minLowerCase", "?");
            case "PASSWORD_POLICY_UPPERCASE" -> "wielkie litery: co najmniej " + p.getOrDefault("minUpperCase", "?");
            case "PASSWORD_POLICY_DIGIT" -> "cyfry: co najmniej " + p.getOrDefault("minDigit", "?");
            case "PASSWORD_POLICY_SPECIAL" -> "znaki specjalne: co najmniej " + p.getOrDefault("minSpecial", "?");
            case "PASSWORD_POLICY_USER_DATA" -> "nie może zawierać identyfikatora, imienia, nazwiska ani adresu e-mail";
            default -> rule.getPlaceholder() + " " + p;
        };
    }
}
