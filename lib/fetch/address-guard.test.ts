import { describe, expect, it } from "vitest";
import { checkAddress } from "./address-guard";

const refused = (address: string) => {
  const verdict = checkAddress(address);
  return verdict.allowed ? null : verdict.reason;
};

describe("checkAddress", () => {
  it.each([
    ["127.0.0.1", /loopback/],
    ["127.255.10.3", /loopback/],
    ["10.1.2.3", /private/],
    ["172.16.0.1", /private/],
    ["172.31.255.255", /private/],
    ["192.168.1.10", /private/],
    ["169.254.169.254", /link-local/],
    ["100.64.0.1", /shared/],
    ["0.0.0.0", /reserved/],
    ["224.0.0.251", /multicast/],
    ["255.255.255.255", /broadcast/],
    ["198.18.0.5", /benchmarking/],
  ])("refuses the IPv4 address %s", (address, reason) => {
    expect(refused(address)).toMatch(reason);
  });

  it.each([
    ["::1", /loopback/],
    ["[::1]", /loopback/],
    ["::", /unspecified/],
    ["fe80::1%eth0", /link-local/],
    ["fe80::abcd:1234", /link-local/],
    ["fd00::1", /private/],
    ["fc12:3456::1", /private/],
    ["ff02::1", /multicast/],
    ["2001:db8::1", /documentation/],
  ])("refuses the IPv6 address %s", (address, reason) => {
    expect(refused(address)).toMatch(reason);
  });

  it.each([
    ["::ffff:127.0.0.1", /loopback/],
    ["::ffff:7f00:1", /loopback/],
    ["::ffff:10.0.0.1", /private/],
    ["::ffff:169.254.169.254", /link-local/],
    ["::127.0.0.1", /loopback/],
    ["64:ff9b::192.168.0.1", /private/],
    ["64:ff9b::a9fe:a9fe", /link-local/],
    ["2002:7f00:1::", /loopback/],
    ["2002:c0a8:0101::1", /private/],
  ])("refuses %s, which carries a private IPv4 address", (address, reason) => {
    expect(refused(address)).toMatch(reason);
    expect(refused(address)).toMatch(/inside an IPv6 address/);
  });

  it.each(["93.184.215.14", "8.8.8.8", "172.32.0.1", "192.169.0.1", "100.128.0.1", "2606:4700::6810:84e5", "::ffff:8.8.8.8", "2a00:1450:4001::200e"])(
    "allows the public address %s",
    (address) => {
      expect(checkAddress(address)).toEqual({ allowed: true });
    },
  );

  it("refuses what is not an IP literal", () => {
    expect(refused("localhost")).toBe("not an IP address");
    expect(refused("example.org")).toBe("not an IP address");
  });
});
