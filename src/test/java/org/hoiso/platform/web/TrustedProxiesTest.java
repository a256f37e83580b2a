package org.hoiso.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class TrustedProxiesTest {

    @ParameterizedTest(name = "proxies [{0}], from {1}, X-Forwarded-For {2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -                      | 10.0.0.5   | 203.0.113.9                  | 10.0.0.5
            10.0.0.0/8             | 192.0.2.1  | 203.0.113.9                  | 192.0.2.1
            10.0.0.0/8             | 10.0.0.5   | 203.0.113.9                  | 203.0.113.9
            10.0.0.0/8             | 10.0.0.5   | 198.51.100.7, 203.0.113.9    | 203.0.113.9
            10.0.0.0/8,172.16.0.1  | 10.0.0.5   | 203.0.113.9, 172.16.0.1      | 203.0.113.9
            10.0.0.5               | 10.0.0.5   | -                            | 10.0.0.5
            ::1,127.0.0.1          | 127.0.0.1  | 2001:db8::7                  | 2001:db8::7
            fd00::/8               | fd00::1    | 203.0.113.9                  | 203.0.113.9
            """)
    void theClientIsTheRightMostAddressThatIsNoTrustedProxyAndOnlyBehindATrustedOne(String proxies, String from, String forwarded,
            String client) throws Exception {
        TrustedProxies filter = new TrustedProxies(proxies == null ? List.of() : List.of(proxies.split(",")));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/join");
        request.setRemoteAddr(from);
        if (forwarded != null) {
            request.addHeader("X-Forwarded-For", forwarded);
        }
        AtomicReference<ServletRequest> seen = new AtomicReference<>();
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain() {
            @Override
            public void doFilter(ServletRequest req, ServletResponse res) {
                seen.set(req);
            }
        });
        assertThat(seen.get().getRemoteAddr()).isEqualTo(client);
        assertThat(((HttpServletRequest) seen.get()).getHeader("X-Forwarded-For"))
                .as("what follows never reads the header itself").isNull();
    }
}
