package org.hoiso.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at /api/v1/openapi (Swagger UI at /api/docs). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI hoisoOpenApi() {
        return new OpenAPI()
                .info(new Info().title("hoiso API").version("v1")
                        .description("""
                                Hội số — the organisation tree and member registry of the Vietnam Women's Union.
                                Every answer is limited to the caller's subtrees. Errors are application/problem+json
                                with a `code`, a `detail` (Vietnamese, or English with Accept-Language: en) and, for
                                invalid input, `errors: [{field, code, message}]`. Dates are ISO (yyyy-MM-dd).""")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
