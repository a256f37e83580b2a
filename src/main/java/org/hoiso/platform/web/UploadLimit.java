package org.hoiso.platform.web;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** The upload limit as people read it ("256 MB"). */
final class UploadLimit {

    private UploadLimit() {
    }

    static String text(MaxUploadSizeExceededException e) {
        return megabytes(e.getMaxUploadSize());
    }

    /**
     * The limit of an upload Tomcat refused while parameters were read (the language switch reads them
     * before any controller): the size exception in the cause chain, or null when it is something else.
     */
    static String text(InvalidParameterException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SizeException size) {
                return megabytes(size.getPermittedSize());
            }
        }
        return null;
    }

    private static String megabytes(long max) {
        return max <= 0 ? "256 MB" : (max / (1024 * 1024)) + " MB";
    }
}
