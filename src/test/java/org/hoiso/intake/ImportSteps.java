package org.hoiso.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.hoiso.tables.TableFiles;
import org.hoiso.tables.TableReader;
import org.hoiso.tables.TableRow;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** An officer's steps through the import pages, as the import's integration tests take them. */
final class ImportSteps {

    private final MockMvc mvc;
    private final Imports imports;
    private final UserDetails officer;

    ImportSteps(MockMvc mvc, Imports imports, UserDetails officer) {
        this.mvc = mvc;
        this.imports = imports;
        this.officer = officer;
    }

    /** Uploads a file through the page; returns the new job's id. */
    long upload(long unitId, String name, byte[] content) throws Exception {
        String location = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", name, "application/octet-stream",
                content)).param("unitId", Long.toString(unitId)).with(user(officer)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/imports/[0-9]+");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** The job's page as the officer sees it (after a redirect, with what the redirect carried). */
    String page(long id, String... params) throws Exception {
        MockHttpServletRequestBuilder request = get("/imports/" + id).with(user(officer));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** Posts an action of the job's page; returns the job's page the redirect leads to, with its outcome. */
    String act(long id, String action, String... params) throws Exception {
        MockHttpServletRequestBuilder request = post("/imports/" + id + "/" + action).with(user(officer)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        var result = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(imports.await(id, Duration.ofMinutes(2))).isTrue();
        // The flash attributes travel in the session, which lives in PostgreSQL (Spring Session): the browser's next
        // request brings its session cookie (MockMvc's flashAttr would put them in a container session nobody reads).
        MockHttpServletRequestBuilder follow = get(result.getResponse().getRedirectedUrl()).with(user(officer));
        if (result.getResponse().getCookies().length > 0) {
            follow.cookie(result.getResponse().getCookies());
        }
        return mvc.perform(follow).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The dry run, waited for; returns the job's page. */
    String dryRun(long id) throws Exception {
        return act(id, "validate");
    }

    /** The error report's rows as a table reader reads them back. */
    List<TableRow> problems(long id, String format, Path dir) throws Exception {
        byte[] bytes = mvc.perform(get("/imports/" + id + "/problems").param("format", format).with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Path file = Files.write(dir.resolve("problems-" + id + "." + format), bytes);
        try (TableReader reader = TableFiles.open(file)) {
            List<TableRow> rows = new ArrayList<>();
            for (TableRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
            return rows;
        }
    }

    /** An XLSX workbook written the way Excel-like software writes it (fastexcel), one sheet. */
    static byte[] xlsx(Consumer<Worksheet> sheet) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Workbook wb = new Workbook(bytes, "hoiso-test", "1.0");
        sheet.accept(wb.newWorksheet("Danh sách"));
        wb.finish();
        return bytes.toByteArray();
    }

    /** Writes a row of text cells into a sheet, from column 0. */
    static void row(Worksheet ws, int r, String... cells) {
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] != null) {
                ws.value(r, c, cells[c]);
            }
        }
    }
}
