package cn.gov.binzhou.nineones.support;

import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** Calls Camunda's REST API ({@code /engine-rest}) over real HTTP as a given user, with HTTP Basic. */
public final class EngineRest {

    private final RestClient client;

    public EngineRest(int port, String user) {
        this.client = RestClient.builder().baseUrl("http://localhost:" + port + "/engine-rest")
                .defaultHeaders(headers -> headers.setBasicAuth(user, Users.PASSWORD)).build();
    }

    /** A typed variable as the REST API takes it: {@code {"value": ...}}. */
    public static Map<String, Object> value(Object value) {
        return Map.of("value", value);
    }

    public ResponseEntity<Map> post(String path, Object body, Object... uriVariables) {
        return send(client.post().uri(path, uriVariables).contentType(MediaType.APPLICATION_JSON).body(body));
    }

    public ResponseEntity<Map> put(String path, Object body, Object... uriVariables) {
        return send(client.put().uri(path, uriVariables).contentType(MediaType.APPLICATION_JSON).body(body));
    }

    public ResponseEntity<Map> get(String path, Object... uriVariables) {
        return send(client.get().uri(path, uriVariables));
    }

    public List<Map<String, Object>> list(String path, Object... uriVariables) {
        return client.get().uri(path, uriVariables).retrieve().body(List.class);
    }

    /** Status and JSON body (if any), whatever the status. */
    private static ResponseEntity<Map> send(RestClient.RequestHeadersSpec<?> request) {
        return request.exchange((req, response) -> {
            byte[] body = response.getBody().readAllBytes();
            Map parsed = body.length == 0 || !new String(body, java.nio.charset.StandardCharsets.UTF_8).strip().startsWith("{")
                    ? Map.of() : new com.fasterxml.jackson.databind.ObjectMapper().readValue(body, Map.class);
            return ResponseEntity.status(response.getStatusCode()).body(parsed);
        });
    }
}
