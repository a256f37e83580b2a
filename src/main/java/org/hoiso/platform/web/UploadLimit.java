package org.hoiso.platform.web;

import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** The upload limit as people read it ("256 MB"). */
final class UploadLimit {

    private UploadLimit() {
    }

    static String text(MaxUploadSizeExceededException e) {
        long max = e.getMaxUploadSize();
        return max <= 0 ? "256 MB" : (max / (1024 * 1024)) + " MB";
    }
}
