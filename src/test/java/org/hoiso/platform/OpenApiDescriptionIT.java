package org.hoiso.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hoiso.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI description at /api/v1/openapi says what partner systems send and get, and nothing else. */
@IntegrationTest
class OpenApiDescriptionIT {

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;

    @Test
    void theSignedInCallerIsNoRequestParameterOfAnyOperation() throws Exception {
        JsonNode doc = description();
        List<String> offenders = new ArrayList<>();
        int parameters = 0;
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                for (JsonNode p : op.getValue().path("parameters")) {
                    parameters++;
                    String ref = p.path("schema").path("$ref").asString("");
                    if (p.path("name").asString("").equalsIgnoreCase("caller") || ref.endsWith("/Caller")) {
                        offenders.add(op.getKey().toUpperCase() + " " + path.getKey());
                    }
                }
            }
        }
        assertThat(parameters).as("parameters described").isPositive();
        assertThat(offenders).as("operations showing the caller as a parameter").isEmpty();
    }

    private JsonNode description() throws Exception {
        String body = mvc.perform(get("/api/v1/openapi")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }
}
