package cn.gov.binzhou.nineones.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gov.binzhou.nineones.support.ApplicationTest;
import cn.gov.binzhou.nineones.support.Users;

/** Our pages and API over real HTTP carry the framing and content-security headers, and the pages obey them. */
@ApplicationTest
class SecurityHeadersTest {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    private static final Path PAGES = Path.of("src/main/resources/static/nine-ones");
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc\\s*=)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_HANDLER = Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    @LocalServerPort int port;
    @Autowired IdentityService identity;

    @Test
    void theImportPage_carriesTheHeaders() throws Exception {
        HttpResponse<String> page = get("/nine-ones/index.html", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertSecurityHeaders(page.headers());
    }

    @Test
    void everyPageAndScriptOfOurs_carriesTheHeaders_andHasNoInlineScriptThePolicyWouldBlock() throws Exception {
        List<Path> files = ourPagesAndScripts();
        assertThat(files).as("pages in " + PAGES).anyMatch(file -> file.toString().endsWith(".html"));
        for (Path file : files) {
            HttpResponse<String> served = get("/nine-ones/" + file.getFileName(), null);
            assertThat(served.statusCode()).as(file.toString()).isEqualTo(200);
            assertSecurityHeaders(served.headers());
            if (file.toString().endsWith(".html")) {
                assertThat(INLINE_SCRIPT.matcher(served.body()).find()).as("inline <script> in " + file).isFalse();
                assertThat(INLINE_HANDLER.matcher(served.body()).find()).as("inline on…= handler in " + file).isFalse();
                assertThat(served.body()).as("javascript: URL in " + file).doesNotContainIgnoringCase("javascript:");
            }
        }
    }

    @Test
    void anApiAnswer_carriesTheHeaders() throws Exception {
        Users.ensure(identity, "hdrbc", "county-bincheng");

        HttpResponse<String> answer = get("/api/batches", "hdrbc");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertSecurityHeaders(answer.headers());
    }

    @Test
    void anApiRefusal_carriesTheHeadersToo() throws Exception {
        HttpResponse<String> refusal = get("/api/batches", null);

        assertThat(refusal.statusCode()).isEqualTo(401);
        assertSecurityHeaders(refusal.headers());
    }

    private static void assertSecurityHeaders(HttpHeaders headers) {
        assertThat(headers.allValues("Content-Security-Policy")).containsExactly(CSP);
        assertThat(headers.allValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(headers.allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(headers.allValues("Referrer-Policy")).containsExactly("same-origin");
    }

    private static List<Path> ourPagesAndScripts() throws IOException {
        try (Stream<Path> files = Files.list(PAGES)) {
            return files.filter(file -> file.toString().endsWith(".html") || file.toString().endsWith(".js")).sorted().toList();
        }
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString((user + ":" + Users.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
