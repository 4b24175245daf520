package cn.gov.binzhou.nineones.system;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Our APIs answer problems as {@code {"message": "..."}} in Chinese, with a fitting status. */
@RestControllerAdvice(basePackages = "cn.gov.binzhou.nineones")
class ApiErrors {

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> badInput(IllegalArgumentException e) {
        return message(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    ResponseEntity<Map<String, String>> concurrentChange(org.springframework.dao.DataIntegrityViolationException e) {
        return message(HttpStatus.CONFLICT, "有人同时提交了相同的数据，本次未保存任何内容；请重新提交（已保存的不会重复）");
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<Map<String, String>> forbidden(ForbiddenException e) {
        return message(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, String>> notFound(NotFoundException e) {
        return message(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MissingServletRequestParameterException.class})
    ResponseEntity<Map<String, String>> missingFile(Exception e) {
        return message(HttpStatus.BAD_REQUEST, "请选择要导入的文件（表单字段 file）");
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
