package org.hoiso.tables;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds test files (CSV bytes, XLSX made of hand-written XML parts) and reads tables whole. */
final class TestTables {

    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private TestTables() {
    }

    /** Every row of a table; the reader is closed. */
    static List<TableRow> readAll(TableReader reader) throws IOException {
        try (reader) {
            List<TableRow> rows = new ArrayList<>();
            for (TableRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
            return rows;
        }
    }

    /** Writes bytes to a file in a directory. */
    static Path file(Path dir, String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** Writes UTF-8 text to a file in a directory. */
    static Path file(Path dir, String name, String text) throws IOException {
        return file(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A zip archive of the given entries (name → content). */
    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** An XLSX workbook assembled from hand-written XML, for what a writer cannot make. */
    static final class Workbook {

        private final List<String[]> sheets = new ArrayList<>();
        private final Map<String, byte[]> extra = new LinkedHashMap<>();
        private String sharedStrings;
        private String styles;
        private boolean date1904;

        /** A visible sheet whose {@code sheetData} holds the given rows XML. */
        Workbook sheet(String name, String rows) {
            return sheet(name, "visible", "", rows, "");
        }

        /**
         * A sheet.
         *
         * @param state  visible, hidden or veryHidden
         * @param before XML before {@code sheetData} (a dimension)
         * @param rows   the rows XML inside {@code sheetData}
         * @param after  XML after it (merge cells)
         */
        Workbook sheet(String name, String state, String before, String rows, String after) {
            sheets.add(new String[] {name, state, "<worksheet xmlns=\"" + MAIN_NS + "\">" + before + "<sheetData>" + rows
                    + "</sheetData>" + after + "</worksheet>"});
            return this;
        }

        /** A shared strings table of the given {@code si} items' XML. */
        Workbook sharedStringsXml(String items) {
            sharedStrings = "<sst xmlns=\"" + MAIN_NS + "\">" + items + "</sst>";
            return this;
        }

        /** A shared strings table of plain strings. */
        Workbook sharedStrings(String... items) {
            StringBuilder xml = new StringBuilder();
            for (String item : items) {
                xml.append("<si><t xml:space=\"preserve\">").append(escape(item)).append("</t></si>");
            }
            return sharedStringsXml(xml.toString());
        }

        /** A styles part with the given custom number formats XML and cell formats (one numFmtId each). */
        Workbook styles(String numFmts, int... numFmtIds) {
            StringBuilder xml = new StringBuilder(
                    "<styleSheet xmlns=\"" + MAIN_NS + "\"><numFmts>" + numFmts + "</numFmts><cellXfs>");
            for (int id : numFmtIds) {
                xml.append("<xf numFmtId=\"").append(id).append("\" fontId=\"0\"/>");
            }
            styles = xml.append("</cellXfs></styleSheet>").toString();
            return this;
        }

        /** Serial dates count from 1904. */
        Workbook date1904() {
            date1904 = true;
            return this;
        }

        /** One more archive entry. */
        Workbook entry(String name, String content) {
            extra.put(name, content.getBytes(StandardCharsets.UTF_8));
            return this;
        }

        byte[] bytes() throws IOException {
            Map<String, byte[]> parts = new LinkedHashMap<>();
            StringBuilder types = new StringBuilder(
                    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
            StringBuilder workbook = new StringBuilder("<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">");
            if (date1904) {
                workbook.append("<workbookPr date1904=\"1\"/>");
            }
            workbook.append("<sheets>");
            StringBuilder rels = new StringBuilder(
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            for (int i = 0; i < sheets.size(); i++) {
                String[] sheet = sheets.get(i);
                int n = i + 1;
                workbook.append("<sheet name=\"").append(escape(sheet[0])).append("\" sheetId=\"").append(n)
                        .append("\" state=\"").append(sheet[1]).append("\" r:id=\"rId").append(n).append("\"/>");
                rels.append("<Relationship Id=\"rId").append(n)
                        .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
                        .append(n).append(".xml\"/>");
                parts.put("xl/worksheets/sheet" + n + ".xml", sheet[2].getBytes(StandardCharsets.UTF_8));
            }
            if (sharedStrings != null) {
                rels.append(
                        "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
                parts.put("xl/sharedStrings.xml", sharedStrings.getBytes(StandardCharsets.UTF_8));
            }
            if (styles != null) {
                rels.append(
                        "<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"/xl/styles.xml\"/>");
                parts.put("xl/styles.xml", styles.getBytes(StandardCharsets.UTF_8));
            }
            parts.put("[Content_Types].xml", types.append("</Types>").toString().getBytes(StandardCharsets.UTF_8));
            parts.put("xl/workbook.xml", workbook.append("</sheets></workbook>").toString().getBytes(StandardCharsets.UTF_8));
            parts.put("xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString().getBytes(StandardCharsets.UTF_8));
            parts.putAll(extra);
            return zip(parts);
        }

        Path write(Path dir, String name) throws IOException {
            return file(dir, name, bytes());
        }
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
