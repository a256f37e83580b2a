package org.hoiso.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The directory of each import job: the uploaded file as received and the dry run's problem list.
 * {@code hoiso.intake.dir} names the parent directory (default {@code data/imports}); empty means a
 * temporary directory (tests). Several application instances must share it (a network volume).
 */
@Component
class JobFiles {

    static final String UPLOAD = "upload";

    private final Path root;

    JobFiles(IntakeProperties settings) throws IOException {
        String dir = settings.dir();
        this.root = dir.isBlank() ? Files.createTempDirectory("hoiso-imports-") : Path.of(dir).toAbsolutePath();
        Files.createDirectories(root);
    }

    Path dir(long jobId) {
        return root.resolve(Long.toString(jobId));
    }

    Path upload(long jobId) {
        return dir(jobId).resolve(UPLOAD);
    }

    /** A received file, its size and SHA-256, stored under a temporary name until the job exists. */
    record Received(Path file, long size, String sha256) {
    }

    /** Copies an upload to disk (streaming: a 200 MB file never sits in memory), hashing it on the way. */
    Received receive(InputStream in) throws IOException {
        Path tmp = Files.createTempFile(root, "upload-", ".part");
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size;
            try (var digest = new DigestInputStream(in, sha)) {
                size = Files.copy(digest, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            return new Received(tmp, size, HexFormat.of().formatHex(sha.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /** Moves a received file into the job's directory. */
    void keep(Received r, long jobId) throws IOException {
        Files.createDirectories(dir(jobId));
        Files.move(r.file(), upload(jobId), StandardCopyOption.REPLACE_EXISTING);
    }

    void discard(Received r) {
        try {
            Files.deleteIfExists(r.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a job's files. */
    void delete(long jobId) throws IOException {
        Path d = dir(jobId);
        if (Files.exists(d)) {
            try (Stream<Path> s = Files.walk(d)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
