package org.hoiso.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The directory of each import job: the uploaded file as received and the dry run's problem list.
 * {@code hoiso.intake.dir} names the parent directory (default {@code data/imports}); empty means a
 * temporary directory (tests). Several application instances must share it (a network volume).
 *
 * <p>The files hold whole member lists with full CCCD numbers: on a POSIX file system each job's directory
 * is readable by the application's own user only (0700) and each file too (0600). They are deleted after
 * {@code hoiso.intake.retention-days} ({@link ImportRetention}) or at once when the job is discarded.
 */
@Component
class JobFiles {

    static final String UPLOAD = "upload";
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

    private final Path root;
    private final Clock clock;

    JobFiles(IntakeProperties settings, Clock clock) throws IOException {
        this.clock = clock;
        String dir = settings.dir();
        this.root = dir.isBlank() ? Files.createTempDirectory("hoiso-imports-") : Path.of(dir).toAbsolutePath();
        if (!Files.isDirectory(root)) {
            Files.createDirectories(root);
            ownerOnly(root, OWNER_DIR);
        }
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
            ownerOnly(tmp, OWNER_FILE);
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

    /** Moves a received file into the job's directory (owner-only, like the file). */
    void keep(Received r, long jobId) throws IOException {
        Path dir = dir(jobId);
        Files.createDirectories(dir);
        ownerOnly(dir, OWNER_DIR);
        Path upload = upload(jobId);
        Files.move(r.file(), upload, StandardCopyOption.REPLACE_EXISTING);
        ownerOnly(upload, OWNER_FILE);
    }

    void discard(Received r) {
        try {
            Files.deleteIfExists(r.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a new file of the job's directory for writing, readable by the owner only; an old one is replaced. */
    OutputStream create(long jobId, String name) throws IOException {
        return create(dir(jobId).resolve(name));
    }

    /** Opens a new file for writing, readable by the owner only (created so, never widened later); an old one is replaced. */
    static OutputStream create(Path file) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_FILE));
        } catch (UnsupportedOperationException | FileAlreadyExistsException e) {
            // not a POSIX file system (or another writer was quicker): the directory's own rights apply
        }
        return Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
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

    /** Removes uploads that never became a job (an instance stopped while receiving) older than {@code age}. */
    int deleteAbandonedUploads(Duration age) throws IOException {
        // files carry the system's time, which the application's clock tells outside tests
        Instant before = clock.instant().minus(age);
        int deleted = 0;
        try (Stream<Path> s = Files.list(root)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("upload-")
                    && p.getFileName().toString().endsWith(".part")).toList()) {
                FileTime modified = Files.getLastModifiedTime(p);
                if (modified.toInstant().isBefore(before) && Files.deleteIfExists(p)) {
                    deleted++;
                }
            }
        }
        return deleted;
    }

    private static void ownerOnly(Path path, Set<PosixFilePermission> permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, permissions);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the directory's own rights apply
        }
    }
}
