package dev.pith.server;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which addresses the service may connect to when it fetches a page for a client. The default refuses every
 * address that is not on the public internet: a service that fetches any URL it is given would otherwise let its
 * clients reach the operator's loopback services, internal network and the cloud metadata endpoint (server-side
 * request forgery). Implementations are immutable and thread-safe.
 */
@FunctionalInterface
interface AddressPolicy {

  /** Why {@code address} must not be connected to, as a phrase ("a loopback address"), or null to allow it. */
  @Nullable String refusal(InetAddress address);

  /** Public addresses only (the default of {@code pith serve}). */
  static AddressPolicy publicOnly() {
    return SpecialAddresses::refusal;
  }

  /** Every address ({@code --allow-private-addresses}: for tests and services inside a trusted network). */
  static AddressPolicy allowAll() {
    return address -> null;
  }

  /**
   * The IANA special-purpose ranges (RFC 6890 and its updates) that a fetch must not reach, IPv4 and IPv6. IPv6
   * forms that carry an IPv4 address (IPv4-mapped, IPv4-compatible, NAT64 64:ff9b::/96, 6to4) are judged by the
   * IPv4 address they carry, since that is where the packets can end up.
   */
  final class SpecialAddresses {
    private SpecialAddresses() {}

    private record Range(byte[] prefix, int bits, String what) {
      boolean contains(byte[] address) {
        if (address.length != prefix.length) {
          return false;
        }
        int full = bits / 8;
        for (int i = 0; i < full; i++) {
          if (address[i] != prefix[i]) {
            return false;
          }
        }
        int rest = bits % 8;
        if (rest == 0) {
          return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (address[full] & mask) == (prefix[full] & mask);
      }
    }

    private static Range range(String cidr, String what) {
      int slash = cidr.indexOf('/');
      byte[] prefix = literal(cidr.substring(0, slash));
      return new Range(prefix, Integer.parseInt(cidr.substring(slash + 1)), what);
    }

    /** Parses an address literal (never a host name: no lookup happens). */
    private static byte[] literal(String text) {
      try {
        byte[] raw = InetAddress.getByName(text).getAddress();
        if (text.contains(":") && raw.length == 4) {
          // Java turns ::ffff:a.b.c.d literals into IPv4 addresses; a table entry must stay IPv6
          byte[] v6 = new byte[16];
          v6[10] = (byte) 0xff;
          v6[11] = (byte) 0xff;
          System.arraycopy(raw, 0, v6, 12, 4);
          return v6;
        }
        return raw;
      } catch (java.net.UnknownHostException e) {
        throw new IllegalArgumentException("not an address literal: " + text, e);
      }
    }

    /** Most specific first where ranges nest, so that the message names the narrower range. */
    private static final List<Range> V4 = List.of(
        range("169.254.169.254/32", "the cloud metadata address"),
        range("169.254.170.2/32", "a container metadata address"),
        range("100.100.100.200/32", "a cloud metadata address"),
        range("192.0.0.192/32", "a cloud metadata address"),
        range("0.0.0.0/8", "a \"this network\" address (0.0.0.0/8, which reaches this machine)"),
        range("10.0.0.0/8", "a private address (10.0.0.0/8)"),
        range("100.64.0.0/10", "a shared address (100.64.0.0/10, carrier-grade NAT)"),
        range("127.0.0.0/8", "a loopback address"),
        range("169.254.0.0/16", "a link-local address"),
        range("172.16.0.0/12", "a private address (172.16.0.0/12)"),
        range("192.0.0.0/24", "an IETF protocol address (192.0.0.0/24)"),
        range("192.0.2.0/24", "a documentation address (192.0.2.0/24)"),
        range("192.88.99.0/24", "a 6to4 relay address (192.88.99.0/24)"),
        range("192.168.0.0/16", "a private address (192.168.0.0/16)"),
        range("198.18.0.0/15", "a benchmarking address (198.18.0.0/15)"),
        range("198.51.100.0/24", "a documentation address (198.51.100.0/24)"),
        range("203.0.113.0/24", "a documentation address (203.0.113.0/24)"),
        range("224.0.0.0/4", "a multicast address"),
        range("240.0.0.0/4", "a reserved address (240.0.0.0/4, including broadcast)"));

    private static final List<Range> V6 = List.of(
        range("::/128", "the unspecified address (::, which reaches this machine)"),
        range("::1/128", "a loopback address"),
        range("fd00:ec2::254/128", "the cloud metadata address"),
        range("64:ff9b:1::/48", "a local-use NAT64 address (64:ff9b:1::/48)"),
        range("100::/64", "a discard-only address (100::/64)"),
        range("2001::/32", "a Teredo address (2001::/32, which tunnels to an address it hides)"),
        range("2001:db8::/32", "a documentation address (2001:db8::/32)"),
        range("2001::/23", "an IETF protocol address (2001::/23)"),
        range("fc00::/7", "a unique local address (fc00::/7, private)"),
        range("fe80::/10", "a link-local address"),
        range("fec0::/10", "a site-local address (fec0::/10, private)"),
        range("ff00::/8", "a multicast address"));

    private static final Range MAPPED = range("::ffff:0.0.0.0/96", "");
    private static final Range COMPATIBLE = range("::/96", "");
    private static final Range NAT64 = range("64:ff9b::/96", "");
    private static final Range SIX_TO_FOUR = range("2002::/16", "");

    /** Why {@code address} is not a public internet address, or null when it is. */
    static @Nullable String refusal(InetAddress address) {
      byte[] raw = address.getAddress();
      if (address instanceof Inet4Address) {
        return refusal4(raw);
      }
      if (!(address instanceof Inet6Address)) {
        return "an address of an unknown family";
      }
      for (Range r : V6) {
        if (r.contains(raw)) {
          return r.what();
        }
      }
      if (MAPPED.contains(raw) || COMPATIBLE.contains(raw) || NAT64.contains(raw)) {
        String inner = refusal4(java.util.Arrays.copyOfRange(raw, 12, 16));
        return inner == null ? null : inner + ", carried in an IPv6 address";
      }
      if (SIX_TO_FOUR.contains(raw)) {
        String inner = refusal4(java.util.Arrays.copyOfRange(raw, 2, 6));
        return inner == null ? null : inner + ", carried in a 6to4 address";
      }
      return null;
    }

    private static @Nullable String refusal4(byte[] raw) {
      for (Range r : V4) {
        if (r.contains(raw)) {
          return r.what();
        }
      }
      return null;
    }
  }
}
