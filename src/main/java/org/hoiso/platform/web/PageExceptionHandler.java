package org.hoiso.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Errors on pages: a friendly page in the user's language, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);
    private final Messages messages;

    PageExceptionHandler(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    String domain(DomainException e, Model model, HttpServletResponse response) {
        return page(RefusalStatus.of(e.kind()).value(), messages.get(e.code(), e.args()), model, response);
    }

    @ExceptionHandler(AccessDeniedException.class)
    String denied(AccessDeniedException e, Model model, HttpServletResponse response) {
        return page(403, messages.get("error.forbidden"), model, response);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(MaxUploadSizeExceededException e, Model model, HttpServletResponse response) {
        return page(413, messages.get("error.upload.tooLarge", UploadLimit.text(e)), model, response);
    }

    @ExceptionHandler(InvalidParameterException.class)
    String badParameters(InvalidParameterException e, Model model, HttpServletResponse response) {
        String limit = UploadLimit.text(e);
        return limit != null
                ? page(413, messages.get("error.upload.tooLarge", limit), model, response)
                : page(400, messages.get("error.parameter"), model, response);
    }

    @ExceptionHandler(MultipartException.class)
    String brokenUpload(Model model, HttpServletResponse response) {
        return page(400, messages.get("error.upload.broken"), model, response);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            MissingServletRequestPartException.class})
    String badParameter(Exception e, Model model, HttpServletResponse response) {
        return page(400, messages.get("error.parameter"), model, response);
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Model model, HttpServletResponse response) {
        log.error("Unexpected error on a page", e);
        return page(500, messages.get("error.internal"), model, response);
    }

    private String page(int status, String message, Model model, HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("message", message);
        return "error";
    }
}
