package cn.gov.binzhou.nineones.system;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.IdentityService;

/** HTTP Basic credentials of a request, checked against Camunda's identity service. */
public final class BasicCredentials {

    private BasicCredentials() {
    }

    /** Empty without Basic credentials, {@code null} for wrong or malformed ones, else the user id. */
    public static Optional<String> userOf(HttpServletRequest request, IdentityService identity) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String userId = decoded.substring(0, colon);
        return identity.checkPassword(userId, decoded.substring(colon + 1)) ? Optional.of(userId) : null;
    }
}
