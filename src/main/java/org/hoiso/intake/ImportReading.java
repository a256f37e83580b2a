package org.hoiso.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.hoiso.platform.web.DomainException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Reads uploaded files for a request (the first rows of an upload or a preview, an error report) on the
 * bounded {@code intakeReaders} pool rather than the request's thread: at most {@code hoiso.intake.readers}
 * files are read at once, {@value #WAITING} more wait their turn, and beyond them the request is refused as
 * busy ({@code intake.job.busy}). With the reader's own limits on memory, no number of files sent at once
 * can starve the server.
 */
@Component
class ImportReading {

    /** Readings that may wait for a thread. */
    static final int WAITING = 8;

    /** Work on a file that may fail as files do. */
    interface Work<T> {
        T run() throws IOException;
    }

    private final ThreadPoolTaskExecutor readers;

    ImportReading(@Qualifier("intakeReaders") ThreadPoolTaskExecutor readers) {
        this.readers = readers;
    }

    /**
     * Runs the work on a reader thread and waits for it. A refusal it raises ({@link DomainException}, such
     * as a file problem) reaches the caller as it was raised.
     */
    <T> T read(Work<T> work) {
        Callable<T> task = work::run;
        Future<T> result;
        try {
            result = readers.submit(task);
        } catch (TaskRejectedException e) {
            throw DomainException.conflict("intake.job.busy");
        }
        try {
            return result.get();
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw DomainException.conflict("intake.job.busy");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new UncheckedIOException(cause instanceof IOException io ? io : new IOException(cause));
        }
    }
}
