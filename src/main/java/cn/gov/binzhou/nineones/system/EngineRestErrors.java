package cn.gov.binzhou.nineones.system;

import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * The engine's REST API answers our refusals the way our own API does: a refused completion or start
 * is the caller's mistake (400, or 409 for a state conflict) with the Chinese reason, not a server
 * fault (500). Camunda's own exception mapping stays for everything else.
 */
@Component
@ApplicationPath("/engine-rest")
class EngineRestErrors extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        register(Refused.class);
        register(Conflict.class);
        register(FromListener.class);
        register(FromResource.class);
    }

    /** Our refusal somewhere in the chain of causes, answered 400 or 409; else {@code null}. */
    static Response ours(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RefusedException refused) {
                return answer(Response.Status.BAD_REQUEST, refused);
            }
            if (cause instanceof ConflictException conflict) {
                return answer(Response.Status.CONFLICT, conflict);
            }
        }
        return null;
    }

    static Response answer(Response.Status status, RuntimeException e) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", e.getClass().getSimpleName(), "message", e.getMessage())).build();
    }

    /**
     * A refusal thrown by one of our listeners reaches the API wrapped in the engine's exception; it is
     * answered like a direct one. Other engine exceptions keep Camunda's own answer.
     */
    @Priority(1)
    public static class FromListener implements ExceptionMapper<ProcessEngineException> {
        @Override
        public Response toResponse(ProcessEngineException e) {
            Response ours = ours(e);
            return ours != null ? ours : new ProcessEngineExceptionHandler().toResponse(e);
        }
    }

    /** The same when a resource has wrapped the engine's exception in its own (completing a task does). */
    @Priority(1)
    public static class FromResource implements ExceptionMapper<RestException> {
        @Override
        public Response toResponse(RestException e) {
            Response ours = ours(e);
            return ours != null ? ours : new RestExceptionHandler().toResponse(e);
        }
    }

    public static class Refused implements ExceptionMapper<RefusedException> {
        @Override
        public Response toResponse(RefusedException e) {
            return answer(Response.Status.BAD_REQUEST, e);
        }
    }

    public static class Conflict implements ExceptionMapper<ConflictException> {
        @Override
        public Response toResponse(ConflictException e) {
            return answer(Response.Status.CONFLICT, e);
        }
    }
}
