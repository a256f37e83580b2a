package org.hoiso.platform.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Every API error as application/problem+json, with field-level messages, never a stack trace. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private final Messages messages;

    /** One entry of a problem's {@code errors}: the field, the message code and the message in the caller's language. */
    record FieldError(String field, String code, String message) {
    }

    ApiExceptionHandler(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        return problem(RefusalStatus.of(e.kind()), e.code(), messages.get(e.code(), e.args()), e.fieldProblems());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> beanValidation(MethodArgumentNotValidException e) {
        List<FieldProblem> problems = new ArrayList<>();
        e.getBindingResult().getFieldErrors()
                .forEach(fe -> problems.add(FieldProblem.of(fe.getField(), "error.field." + fe.getCode())));
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "error.validation", messages.get("error.validation"), problems);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "error.unreadable", messages.get("error.unreadable"), List.of());
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            MissingServletRequestPartException.class})
    ResponseEntity<ProblemDetail> badParameter(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, "error.parameter", messages.get("error.parameter"), List.of());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "error.upload.tooLarge",
                messages.get("error.upload.tooLarge", UploadLimit.text(e)), List.of());
    }

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> badParameters(InvalidParameterException e) {
        String limit = UploadLimit.text(e);
        if (limit != null) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "error.upload.tooLarge", messages.get("error.upload.tooLarge", limit),
                    List.of());
        }
        return problem(HttpStatus.BAD_REQUEST, "error.parameter", messages.get("error.parameter"), List.of());
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> brokenUpload() {
        return problem(HttpStatus.BAD_REQUEST, "error.upload.broken", messages.get("error.upload.broken"), List.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "error.forbidden", messages.get("error.forbidden"), List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "error.method", messages.get("error.method"), List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.mediaType", messages.get("error.mediaType"), List.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "error.notFound", messages.get("error.notFound"), List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected error in API call", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "error.internal", messages.get("error.internal"), List.of());
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail, List<FieldProblem> problems) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setTitle(messages.get("error.title." + status.value()));
        pd.setType(URI.create("urn:hoiso:error:" + code));
        pd.setProperty("code", code);
        if (!problems.isEmpty()) {
            pd.setProperty("errors", problems.stream()
                    .map(p -> new FieldError(p.field(), p.code(), messages.get(p)))
                    .toList());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }
}
