package org.hoiso.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a member list as a province's officers would send it: Vietnamese headings after a title row,
 * dates typed three ways, phone numbers with spaces, communes by today's name, by code or by their
 * pre-2025 name, and a few percent of bad rows of every kind the dry run must catch.
 */
final class ImportFiles {

    static final String HEADER = "STT,Họ và tên,Ngày sinh,Số CCCD,SĐT,Địa chỉ,Xã/Phường,Dân tộc,Ngày đồng ý,Ngày vào Hội,Điện thoại thông minh,Mức VNeID";

    /** A commune the rows may name: today's name and code, and old names that map onto it alone. */
    record Commune(String name, String adminCode, List<String> oldNames) {
    }

    /** What a file holds: its rows and how many of them were written bad on purpose. */
    record Written(Path file, long rows, long bad) {
    }

    private static final String[] KINDS = {"cccdGender", "badDate", "underage", "repeated", "unknownCommune", "noName",
            "badPhone", "oldCard", "yearOnly"};

    private ImportFiles() {
    }

    static Written write(Path file, long rows, double badShare, String provinceCode, List<Commune> communes,
            CccdNumbers cccd, SplittableRandom random, LocalDate today) throws IOException {
        long bad = 0;
        List<String> recent = new ArrayList<>();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("DANH SÁCH HỘI VIÊN\r\n");
            out.write(HEADER);
            out.write("\r\n");
            StringBuilder line = new StringBuilder(200);
            for (long i = 1; i <= rows; i++) {
                line.setLength(0);
                int year = 1945 + random.nextInt(60);
                LocalDate birth = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
                String name = VietnameseNames.next(random, year);
                String number = cccd.next(random, provinceCode, year);
                Commune commune = communes.get(random.nextInt(communes.size()));
                String communeCell = random.nextDouble() < 0.1
                        ? commune.adminCode()
                        : random.nextDouble() < 0.1 && !commune.oldNames().isEmpty()
                                ? commune.oldNames().get(random.nextInt(commune.oldNames().size()))
                                : commune.name();
                String date = date(birth, random);
                String phone = random.nextDouble() < 0.8 ? "09" + (10_000_000 + random.nextInt(89_999_999)) : "";
                String kind = random.nextDouble() < badShare ? KINDS[random.nextInt(KINDS.length)] : null;
                if (kind != null) {
                    bad++;
                    switch (kind) {
                        case "cccdGender" ->
                            number = number.substring(0, 3) + (char) (number.charAt(3) - 1) + number.substring(4);
                        case "badDate" -> date = "31/02/" + year;
                        case "underage" -> {
                            LocalDate child = today.minusYears(10);
                            date = child.getDayOfMonth() + "/" + child.getMonthValue() + "/" + child.getYear();
                            number = cccd.next(random, provinceCode, child.getYear());
                        }
                        case "repeated" -> {
                            if (recent.isEmpty()) {
                                bad--;
                            } else {
                                number = recent.get(random.nextInt(recent.size()));
                            }
                        }
                        case "unknownCommune" -> communeCell = "Xã Không Có " + i;
                        case "noName" -> name = "";
                        case "badPhone" -> phone = "12345";
                        case "oldCard" -> number = Long.toString(100_000_000L + random.nextInt(800_000_000));
                        case "yearOnly" -> date = Integer.toString(year);
                        default -> throw new IllegalStateException(kind);
                    }
                }
                if (recent.size() < 1000) {
                    recent.add(number);
                } else if (random.nextInt(100) == 0) {
                    recent.set(random.nextInt(recent.size()), number);
                }
                LocalDate joined = birth.plusYears(18)
                        .plusDays(random.nextLong(Math.max(1, ChronoUnit.DAYS.between(birth.plusYears(18), today))));
                boolean ethnicity = random.nextDouble() < 0.2;
                line.append(i).append(',').append('"').append(name).append('"').append(',').append(date).append(',')
                        .append(number)
                        .append(',').append(phone).append(',').append("\"Số ").append(1 + random.nextInt(200)).append(", ")
                        .append(commune.name()).append('"').append(',').append('"').append(communeCell).append('"').append(',')
                        .append(ethnicity ? "Kinh" : "").append(',').append(ethnicity ? "01/07/2025" : "").append(',')
                        .append(joined.getDayOfMonth()).append('/').append(joined.getMonthValue()).append('/')
                        .append(joined.getYear())
                        .append(',').append(random.nextDouble() < 0.7 ? "Có" : "Không").append(',').append(random.nextInt(3))
                        .append("\r\n");
                out.append(line);
            }
        }
        return new Written(file, rows, bad);
    }

    /** dd/MM/yyyy mostly, some d/M/yy and ISO. */
    private static String date(LocalDate d, SplittableRandom random) {
        double r = random.nextDouble();
        if (r < 0.8) {
            return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
        }
        if (r < 0.9) {
            return d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + String.format("%02d", d.getYear() % 100);
        }
        return d.toString();
    }
}
