package org.hoiso.member;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/** One of the 54 ethnic groups (dân tộc) with its official code; the JSON names are the table's. */
public record Ethnicity(String code, @JsonProperty("name_vi") String nameVi, @JsonProperty("name_en") String nameEn) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
