package org.hoiso.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hoiso.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI description at /api/v1/openapi says what partner systems send and get, and nothing else. */
@IntegrationTest
class OpenApiDescriptionIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

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

    @Test
    void everyAnswerOfTheApiIsDescribedFieldByFieldNoEmptyObject() throws Exception {
        JsonNode doc = description();
        JsonNode schemas = doc.path("components").path("schemas");
        List<String> offenders = new ArrayList<>();
        int answers = 0;
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            if (!path.getKey().startsWith("/api/v1/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                for (Map.Entry<String, JsonNode> response : op.getValue().path("responses").properties()) {
                    for (Map.Entry<String, JsonNode> media : response.getValue().path("content").properties()) {
                        answers++;
                        String where = op.getKey().toUpperCase() + " " + path.getKey() + " " + response.getKey() + " "
                                + media.getKey();
                        emptyObjects(media.getValue().path("schema"), schemas, where, new HashSet<>(), offenders);
                    }
                }
            }
        }
        assertThat(answers).as("answers described").isGreaterThan(50);
        assertThat(offenders).as("answers (or parts of them) described as an object without properties").isEmpty();
    }

    @Test
    void theCheckForEmptyObjectsSeesThemWhereverTheyAre() throws Exception {
        JsonNode schemas = json.readTree("""
                {"Good": {"type": "object", "properties": {"a": {"type": "string"}, "m": {"type": "object",
                          "additionalProperties": {"type": "integer"}}}},
                 "Bad": {"type": "object", "properties": {"inner": {"type": "object"}}}}""");
        List<String> found = new ArrayList<>();
        emptyObjects(json.readTree("{\"$ref\": \"#/components/schemas/Good\"}"), schemas, "good", new HashSet<>(), found);
        emptyObjects(json.readTree("{\"type\": \"array\", \"items\": {\"$ref\": \"#/components/schemas/Bad\"}}"), schemas,
                "bad", new HashSet<>(), found);
        emptyObjects(json.readTree("{\"type\": \"object\", \"additionalProperties\": {}}"), schemas, "map", new HashSet<>(),
                found);
        emptyObjects(json.readTree("{}"), schemas, "any", new HashSet<>(), found);
        assertThat(found).containsExactly("bad[] → Bad.inner", "map", "any");
    }

    /**
     * Walks a schema through references, properties, array items, map values and compositions, and names
     * every object without properties: a part of an answer a partner system cannot read from the description.
     */
    private static void emptyObjects(JsonNode schema, JsonNode schemas, String where, Set<String> seen, List<String> out) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().replace("#/components/schemas/", "");
            if (seen.add(name)) {
                emptyObjects(schemas.path(name), schemas, where + " → " + name, seen, out);
            }
            return;
        }
        boolean composed = false;
        for (String composition : List.of("allOf", "anyOf", "oneOf")) {
            for (JsonNode part : schema.path(composition)) {
                composed = true;
                emptyObjects(part, schemas, where, seen, out);
            }
        }
        JsonNode typeNode = schema.path("type");
        String type = typeNode.isArray() ? typeNode.get(0).asString("") : typeNode.asString("");
        if (type.equals("array")) {
            emptyObjects(schema.path("items"), schemas, where + "[]", seen, out);
            return;
        }
        if (!type.isEmpty() && !type.equals("object")) {
            return;
        }
        JsonNode properties = schema.path("properties");
        for (Map.Entry<String, JsonNode> p : properties.properties()) {
            emptyObjects(p.getValue(), schemas, where + "." + p.getKey(), seen, out);
        }
        JsonNode values = schema.path("additionalProperties");
        if (values.isObject() && !values.isEmpty()) {
            emptyObjects(values, schemas, where + "{}", seen, out);
        } else if (properties.isEmpty() && !composed) {
            out.add(where);
        }
    }

    private JsonNode description() throws Exception {
        String body = mvc.perform(get("/api/v1/openapi")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return json.readTree(body);
    }
}
