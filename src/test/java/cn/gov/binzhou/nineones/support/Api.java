package cn.gov.binzhou.nineones.support;

import java.util.Map;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Calls our own HTTP API as a given user, with HTTP Basic and, like every legitimate client, the
 * header {@code X-Requested-With} that state-changing calls need.
 */
public final class Api {

    public static final String REQUESTED_WITH = "X-Requested-With";

    private final RestClient client;

    public Api(int port, String user) {
        this("http://localhost:" + port, user, Users.PASSWORD, true);
    }

    private Api(String baseUrl, String user, String password, boolean requestedWith) {
        RestClient.Builder builder = RestClient.builder().baseUrl(baseUrl);
        builder.defaultHeaders(headers -> {
            if (user != null) {
                headers.setBasicAuth(user, password);
            }
            if (requestedWith) {
                headers.set(REQUESTED_WITH, "nine-ones-test");
            }
        });
        this.client = builder.build();
    }

    /** As a user with a password of their own (demo users), at a base URL such as {@code http://127.0.0.1:8080}. */
    public static Api at(String baseUrl, String user, String password) {
        return new Api(baseUrl, user, password, true);
    }

    /** The same user without the {@code X-Requested-With} header, as a cross-site form would post. */
    public static Api withoutRequestedWith(int port, String user) {
        return new Api("http://localhost:" + port, user, Users.PASSWORD, false);
    }

    /** Uploads a file to the import endpoint; answers the status and the JSON body, whatever the status. */
    public ResponseEntity<Map> importFile(String batchCode, String filename, byte[] content) {
        return upload("/api/batches/{batch}/nominations/import", batchCode, filename, content);
    }

    /** Uploads a batch's fixed list (the city's import of Attachment 1). */
    public ResponseEntity<Map> importFixedList(String batchCode, String filename, byte[] content) {
        return upload("/api/batches/{batch}/list/import", batchCode, filename, content);
    }

    private ResponseEntity<Map> upload(String path, String batchCode, String filename, byte[] content) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return filename;
            }
        });
        return client.post().uri(path, batchCode)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
                .exchange((request, response) -> ResponseEntity.status(response.getStatusCode())
                        .body(response.bodyTo(Map.class)));
    }

    public ResponseEntity<byte[]> get(String path) {
        return client.get().uri(path).exchange((request, response) ->
                ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders()).body(response.bodyTo(byte[].class)));
    }
}
