package org.hoiso.platform;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hoiso.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Pages link the WebJars by their version-less paths (no resource-chain rewriting of links), and those paths are served. */
@IntegrationTest
class ResourceLinksIT {

    @Autowired
    MockMvc mvc;

    @Test
    void aPageLinksWebJarsWithoutTheirVersionAndThoseLinksAreServed() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(containsString("src=\"/webjars/htmx.org/dist/htmx.min.js\"")))
                .andExpect(content().string(containsString("href=\"/webjars/picocss__pico/css/pico.min.css\"")));
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk())
                .andExpect(content().string(containsString("htmx")));
        mvc.perform(get("/webjars/picocss__pico/css/pico.min.css")).andExpect(status().isOk());
    }
}
