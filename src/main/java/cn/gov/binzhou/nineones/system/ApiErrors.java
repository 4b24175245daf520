package cn.gov.binzhou.nineones.system;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Our APIs answer problems as {@code {"message": "..."}} in Chinese. One exception type per kind of
 * answer: refused input 400, forbidden 403, not found 404, conflict 409; anything else is a fault of
 * ours and answers 500 without details (they go to the log).
 */
@RestControllerAdvice(basePackages = "cn.gov.binzhou.nineones")
class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(RefusedException.class)
    ResponseEntity<Map<String, String>> refused(RefusedException e) {
        return message(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<Map<String, String>> forbidden(ForbiddenException e) {
        return message(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, String>> notFound(NotFoundException e) {
        return message(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Map<String, String>> conflict(ConflictException e) {
        return message(HttpStatus.CONFLICT, e.getMessage());
    }

    /** Two people saving the same record at the same moment: the second transaction is rolled back whole. */
    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Map<String, String>> concurrentChange(DuplicateKeyException e) {
        return message(HttpStatus.CONFLICT, "有人同时提交了相同的数据，本次未保存任何内容；请重新提交（已保存的不会重复）");
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MissingServletRequestParameterException.class})
    ResponseEntity<Map<String, String>> missingFile(Exception e) {
        return message(HttpStatus.BAD_REQUEST, "请选择要导入的文件（表单字段 file）");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, String>> fault(Exception e) throws Exception {
        if (e instanceof org.springframework.web.ErrorResponse) {
            throw e; // Spring's own 4xx answers (unsupported method, bad request line) stay as they are
        }
        LOG.error("Request failed", e);
        return message(HttpStatus.INTERNAL_SERVER_ERROR, "系统内部错误，请稍后重试或联系管理员");
    }

    /**
     * An upload over the servlet's limit fails before any controller is chosen, so this advice applies
     * to every handler, and to none.
     */
    @RestControllerAdvice
    static class UploadLimit {

        @ExceptionHandler(MaxUploadSizeExceededException.class)
        ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException e) {
            return message(HttpStatus.PAYLOAD_TOO_LARGE, "文件过大，请拆分后分批导入");
        }
    }

    static ResponseEntity<Map<String, String>> message(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("message", message == null ? "请求无法处理" : message));
    }
}
