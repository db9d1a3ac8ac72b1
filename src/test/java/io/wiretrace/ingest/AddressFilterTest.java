package io.wiretrace.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AddressFilterTest {

    private static InetAddress ip(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal); // literals only: no DNS lookup
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.255.0.9", "10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.254",
            "192.168.1.1", "169.254.169.254", "169.254.0.1", "100.64.0.1", "100.127.255.255", "0.0.0.0", "224.0.0.1",
            "239.255.255.250", "255.255.255.255", "240.0.0.1", "192.0.2.10", "::1", "::", "fc00::1", "fd00:ec2::254",
            "fe80::1", "febf::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254",
            "::127.0.0.1", "64:ff9b::a00:1", "2002:a00:1::", "2001:db8::1"})
    void refusesNonPublicAddresses(String literal) throws UnknownHostException {
        assertThat(AddressFilter.refusalReason(ip(literal))).as(literal).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "93.184.216.34", "172.15.255.255", "172.32.0.1", "100.63.255.255",
            "100.128.0.1", "169.253.1.1", "192.167.1.1", "11.0.0.1", "2a00:1450:4001:80b::200e", "2606:4700::6810:84e5",
            "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::"})
    void acceptsPublicAddresses(String literal) throws UnknownHostException {
        assertThat(AddressFilter.refusalReason(ip(literal))).as(literal).isEmpty();
    }

    @Test
    void reasonNamesTheKindAndTheAddress() throws UnknownHostException {
        assertThat(AddressFilter.refusalReason(ip("169.254.169.254")).orElseThrow())
                .contains("link-local").contains("169.254.169.254");
        assertThat(AddressFilter.refusalReason(ip("10.1.2.3")).orElseThrow()).startsWith("private");
        assertThat(AddressFilter.refusalReason(ip("::ffff:192.168.0.1")).orElseThrow()).contains("private");
    }

    @Test
    void refusesMetadataAndLocalhostNames() {
        assertThat(AddressFilter.refusalReason("metadata.google.internal")).isPresent();
        assertThat(AddressFilter.refusalReason("METADATA.google.internal.")).isPresent();
        assertThat(AddressFilter.refusalReason("localhost")).isPresent();
        assertThat(AddressFilter.refusalReason("app.localhost")).isPresent();
        assertThat(AddressFilter.refusalReason("www.france24.com")).isEmpty();
        assertThat(AddressFilter.refusalReason("notlocalhost.com")).isEmpty();
    }

    @Test
    void refusesAddressesInNonStandardForms() {
        for (String host : List.of("0x7f000001", "2130706433", "0177.0.0.1", "127.1", "0x7f.0.0.1", "017700000001",
                "127.0.0.01", "1.2.3.4.5")) {
            assertThat(AddressFilter.refusalReason(host)).as(host).hasValueSatisfying(r -> assertThat(r)
                    .contains("non-standard form"));
        }
        for (String host : List.of("93.184.216.34", "8.8.8.8", "0.0.0.0", "255.255.255.255", "::ffff:1.2.3.4",
                "www.example.com", "123.example.com", "1password.com", "web.0x1.example")) {
            assertThat(AddressFilter.refusalReason(host)).as(host).isEmpty();
        }
    }

    @Test
    void allowListMatchesHostsPortsAndCanonicalLiterals() throws UnknownHostException {
        AddressFilter filter = new AddressFilter(List.of("127.0.0.1", "intranet.example:8080", "[::1]", "0:0:0:0:0:0:0:2"));
        assertThat(filter.isAllowListed("127.0.0.1", 9999, null)).isTrue();
        assertThat(filter.isAllowListed("intranet.example", 8080, null)).isTrue();
        assertThat(filter.isAllowListed("intranet.example", 80, null)).isFalse();
        assertThat(filter.isAllowListed("[::1]", 80, null)).isTrue();
        assertThat(filter.isAllowListed("::2", 80, null)).isTrue();
        assertThat(filter.isAllowListed("some.name", 80, ip("127.0.0.1"))).as("resolved literal allow-listed").isTrue();
        assertThat(filter.isAllowListed("10.0.0.1", 80, ip("10.0.0.1"))).isFalse();
    }

    @Test
    void emptyAllowListExemptsNothing() throws UnknownHostException {
        AddressFilter filter = new AddressFilter(List.of());
        assertThat(filter.isAllowListed("127.0.0.1", 80, ip("127.0.0.1"))).isFalse();
    }
}
