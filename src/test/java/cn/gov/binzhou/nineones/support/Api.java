package cn.gov.binzhou.nineones.support;

import java.util.Map;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** Calls our own HTTP API as a given user, with HTTP Basic. */
public final class Api {

    private final RestClient client;

    public Api(int port, String user) {
        RestClient.Builder builder = RestClient.builder().baseUrl("http://localhost:" + port);
        if (user != null) {
            builder.defaultHeaders(headers -> headers.setBasicAuth(user, Users.PASSWORD));
        }
        this.client = builder.build();
    }

    /** Uploads a file to the import endpoint; answers the status and the JSON body, whatever the status. */
    public ResponseEntity<Map> importFile(String batchCode, String filename, byte[] content) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return filename;
            }
        });
        return client.post().uri("/api/batches/{batch}/nominations/import", batchCode)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
                .exchange((request, response) -> ResponseEntity.status(response.getStatusCode())
                        .body(response.bodyTo(Map.class)));
    }

    public ResponseEntity<byte[]> get(String path) {
        return client.get().uri(path).exchange((request, response) ->
                ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders()).body(response.bodyTo(byte[].class)));
    }
}
