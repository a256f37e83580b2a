package org.hoiso.intake;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The problems a dry run found, one line per problem in row order, kept beside the uploaded file: the
 * error report joins them with the file's rows and says them in the reader's language, so nothing is
 * translated or copied until someone asks.
 */
final class ProblemFile {

    static final String NAME = "problems.tsv";
    private static final char ARG_SEPARATOR = '\u001F';

    /** One stored problem: the row, the field (or null) and the message code with its arguments. */
    record Line(long rowNo, ImportField field, String code, List<String> args) {
    }

    private ProblemFile() {
    }

    static final class Writer implements Closeable {

        private final BufferedWriter out;

        Writer(Path dir) throws IOException {
            // full CCCD numbers may be in the arguments: readable by the owner only (see JobFiles)
            out = new BufferedWriter(new OutputStreamWriter(JobFiles.create(dir.resolve(NAME)), StandardCharsets.UTF_8));
        }

        void write(long rowNo, List<RowChecker.Problem> problems) {
            try {
                for (RowChecker.Problem p : problems) {
                    out.append(Long.toString(rowNo)).append('\t').append(p.field() == null ? "" : p.field().name())
                            .append('\t').append(p.code()).append('\t');
                    for (int i = 0; i < p.args().size(); i++) {
                        if (i > 0) {
                            out.append(ARG_SEPARATOR);
                        }
                        out.append(clean(p.args().get(i)));
                    }
                    out.append('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String clean(String s) {
            String t = s.length() > 200 ? s.substring(0, 200) + "…" : s;
            return t.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').replace(ARG_SEPARATOR, ' ');
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** Reads the problems in row order; {@code next()} returns null at the end. */
    static final class Reader implements Closeable {

        private final BufferedReader in;

        Reader(Path dir) throws IOException {
            Path file = dir.resolve(NAME);
            in = Files.exists(file)
                    ? Files.newBufferedReader(file, StandardCharsets.UTF_8)
                    : new BufferedReader(new StringReader(""));
        }

        Line next() throws IOException {
            String line = in.readLine();
            if (line == null) {
                return null;
            }
            String[] f = line.split("\t", 4);
            List<String> args = f.length < 4 || f[3].isEmpty()
                    ? List.of()
                    : Arrays.asList(f[3].split(String.valueOf(ARG_SEPARATOR), -1));
            return new Line(Long.parseLong(f[0]), f[1].isEmpty() ? null : ImportField.valueOf(f[1]), f[2], new ArrayList<>(args));
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
