package dev.pith.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The address classification behind the fetch guard: literals only, no lookups. */
class AddressPolicyTest {
  private static final AddressPolicy POLICY = AddressPolicy.publicOnly();

  private static InetAddress literal(String text) throws UnknownHostException {
    return InetAddress.getByName(text); // a literal: no DNS lookup happens
  }

  /** An IPv6 address kept as IPv6 even when it is IPv4-mapped (Java would otherwise hand back an IPv4 address). */
  private static InetAddress v6(String text) throws UnknownHostException {
    byte[] raw = InetAddress.getByName(text).getAddress();
    if (raw.length == 4) {
      byte[] mapped = new byte[16];
      mapped[10] = (byte) 0xff;
      mapped[11] = (byte) 0xff;
      System.arraycopy(raw, 0, mapped, 12, 4);
      raw = mapped;
    }
    return Inet6Address.getByAddress(null, raw, -1);
  }

  @ParameterizedTest(name = "{0} is refused as {1}")
  @CsvSource(delimiter = '|', value = {
      "127.0.0.1       | loopback",
      "127.255.255.254 | loopback",
      "10.0.0.1        | private",
      "10.255.255.255  | private",
      "172.16.0.1      | private",
      "172.31.255.255  | private",
      "192.168.1.1     | private",
      "169.254.169.254 | metadata",
      "169.254.170.2   | metadata",
      "100.100.100.200 | metadata",
      "192.0.0.192     | metadata",
      "169.254.1.1     | link-local",
      "0.0.0.0         | this network",
      "0.1.2.3         | this network",
      "100.64.0.1      | carrier-grade NAT",
      "100.127.255.255 | carrier-grade NAT",
      "192.0.2.10      | documentation",
      "198.51.100.7    | documentation",
      "203.0.113.99    | documentation",
      "198.18.0.1      | benchmarking",
      "224.0.0.1       | multicast",
      "239.255.255.250 | multicast",
      "240.0.0.1       | reserved",
      "255.255.255.255 | reserved",
      "::1             | loopback",
      "::              | unspecified",
      "fe80::1         | link-local",
      "fc00::1         | unique local",
      "fd12:3456::1    | unique local",
      "fd00:ec2::254   | metadata",
      "fec0::1         | site-local",
      "ff02::1         | multicast",
      "2001:db8::1     | documentation",
      "2001:0:4136:e378:8000:63bf:3fff:fdd2 | Teredo",
      "64:ff9b:1::1    | NAT64",
      "100::1          | discard",
  })
  void refusesSpecialAddresses(String address, String expected) throws UnknownHostException {
    String why = POLICY.refusal(literal(address));
    assertNotNull(why, address + " must be refused");
    assertTrue(why.contains(expected), address + ": expected a reason naming '" + expected + "', got: " + why);
  }

  @ParameterizedTest
  @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "93.184.216.34", "172.32.0.1", "172.15.255.255", "100.128.0.1",
      "169.253.255.255", "11.0.0.1", "192.169.0.1", "223.255.255.255", "2606:4700:4700::1111", "2a00:1450::1",
      "2001:4860:4860::8888"})
  void allowsPublicAddresses(String address) throws UnknownHostException {
    assertNull(POLICY.refusal(literal(address)), address + " is public");
  }

  @ParameterizedTest(name = "IPv4 carried in IPv6: {0}")
  @CsvSource(delimiter = '|', value = {
      "::ffff:127.0.0.1      | loopback",
      "::ffff:10.1.2.3       | private",
      "::ffff:169.254.169.254 | metadata",
      "::ffff:0.0.0.0        | this network",
      "::127.0.0.1           | loopback",
      "::a9fe:a9fe           | metadata",
      "64:ff9b::a9fe:a9fe    | metadata",
      "64:ff9b::7f00:1       | loopback",
      "2002:7f00:1::         | loopback",
      "2002:c0a8:101::1      | private",
  })
  void judgesEmbeddedIpv4ByTheAddressItCarries(String address, String expected) throws UnknownHostException {
    String why = POLICY.refusal(v6(address));
    assertNotNull(why, address + " must be refused");
    assertTrue(why.contains(expected), address + ": " + why);
  }

  @Test
  void allowsIpv6FormsOfPublicIpv4() throws UnknownHostException {
    assertNull(POLICY.refusal(v6("::ffff:8.8.8.8")));
    assertNull(POLICY.refusal(v6("64:ff9b::808:808")));
    assertNull(POLICY.refusal(v6("2002:808:808::1")));
  }

  @Test
  void javaTurnsMappedLiteralsIntoIpv4AndTheyAreStillRefused() throws UnknownHostException {
    InetAddress a = InetAddress.getByName("::ffff:127.0.0.1");
    assertEquals(4, a.getAddress().length, "the JDK's own conversion, which the guard must not depend on");
    assertNotNull(POLICY.refusal(a));
    // the decimal and short forms of 127.0.0.1 that URL parsers accept end up as the same address
    assertNotNull(POLICY.refusal(InetAddress.getByName("2130706433")));
    assertNotNull(POLICY.refusal(InetAddress.getByName("127.1")));
  }

  /** Seeded property: an IPv4 address and its IPv4-mapped and NAT64 IPv6 forms get the same verdict. */
  @Test
  void embeddedFormsAgreeWithIpv4OnRandomAddresses() throws UnknownHostException {
    Random random = new Random(20251128L);
    int refused = 0;
    for (int i = 0; i < 20_000; i++) {
      byte[] v4 = new byte[4];
      random.nextBytes(v4);
      // every tenth address from a special range, so that both verdicts are well represented
      if (i % 10 == 0) {
        byte[][] prefixes = {{10}, {127}, {(byte) 169, (byte) 254}, {(byte) 192, (byte) 168}, {(byte) 172, 20}};
        byte[] p = prefixes[random.nextInt(prefixes.length)];
        System.arraycopy(p, 0, v4, 0, p.length);
      }
      boolean plain = POLICY.refusal(InetAddress.getByAddress(v4)) != null;
      byte[] mapped = new byte[16];
      mapped[10] = (byte) 0xff;
      mapped[11] = (byte) 0xff;
      System.arraycopy(v4, 0, mapped, 12, 4);
      byte[] nat64 = new byte[16];
      nat64[1] = 0x64;
      nat64[2] = (byte) 0xff;
      nat64[3] = (byte) 0x9b;
      System.arraycopy(v4, 0, nat64, 12, 4);
      String shown = InetAddress.getByAddress(v4).getHostAddress();
      assertEquals(plain, POLICY.refusal(Inet6Address.getByAddress(null, mapped, -1)) != null, "mapped " + shown);
      assertEquals(plain, POLICY.refusal(Inet6Address.getByAddress(null, nat64, -1)) != null, "NAT64 " + shown);
      refused += plain ? 1 : 0;
    }
    assertTrue(refused > 2_000 && refused < 18_000, "both verdicts occur: " + refused + " refused");
  }

  @Test
  void allowAllRefusesNothing() throws UnknownHostException {
    assertNull(AddressPolicy.allowAll().refusal(literal("127.0.0.1")));
    assertNull(AddressPolicy.allowAll().refusal(literal("169.254.169.254")));
  }
}
