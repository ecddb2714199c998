/* Host names, addresses and the allow-list (src/net/host.c). */
#include <arpa/inet.h>
#include <criterion/criterion.h>
#include <string.h>

#include "net/host.h"

static void canon(const char *in, size_t len, const char *want)
{
	struct net_host h;
	const char *why = NULL;
	cr_assert_eq(net_host_parse(in, len, &h, &why), 0, "%s: %s", in, why ? why : "");
	cr_assert_str_eq(h.name, want, "%s", in);
}

static void refused(const char *in, size_t len, const char *why_part)
{
	struct net_host h;
	const char *why = NULL;
	cr_assert_eq(net_host_parse(in, len, &h, &why), -1, "%s was accepted as %s", in, h.name);
	cr_assert(why && strstr(why, why_part), "%s: %s", in, why ? why : "(none)");
}

static void ip(const char *in, const char *want)
{
	struct net_host h;
	const char *why = NULL;
	cr_assert_eq(net_host_parse(in, strlen(in), &h, &why), 0, "%s: %s", in, why ? why : "");
	cr_assert(h.is_ip, "%s is not an IP literal", in);
	cr_assert_str_eq(h.name, want, "%s", in);
}

#define S(x) x, sizeof(x) - 1

Test(net_host, case_and_trailing_dot_are_canonical)
{
	canon(S("API.Example.COM"), "api.example.com");
	canon(S("api.example.com."), "api.example.com");
	canon(S("under_score.example.com"), "under_score.example.com");
	refused(S("api.example.com.."), "empty label");
	refused(S(".example.com"), "empty label");
	refused(S("a..b"), "empty label");
	refused(S(""), "empty");
}

Test(net_host, international_names_become_punycode)
{
	canon(S("bücher.example"), "xn--bcher-kva.example");
	canon(S("BÜCHER.example"), "xn--bcher-kva.example");
	/* fullwidth letters and the ideographic full stop map to ASCII */
	canon(S("ｅｘａｍｐｌｅ。com"), "example.com");
	refused(S("\xff\xfe.example"), "international");
}

Test(net_host, bytes_that_split_a_name_are_refused)
{
	refused(S("api.example.com\0.evil.com"), "NUL");
	refused(S("user@api.example.com"), "user@host");
	refused(S("api.example.com%00"), "'%'");
	refused(S("api.example.com evil"), "space");
	refused(S("api.example.com\r\nX: y"), "control");
	refused(S("api.example.com/x"), "letters, digits");
	refused(S("api\\example.com"), "letters, digits");
	refused(S("a\tb"), "control");
}

Test(net_host, every_ipv4_form_is_an_ip_literal)
{
	ip("127.0.0.1", "127.0.0.1");
	ip("2130706433", "127.0.0.1");
	ip("0x7f.1", "127.0.0.1");
	ip("017700000001", "127.0.0.1");
	ip("0177.0.0.1", "127.0.0.1");
	ip("127.1", "127.0.0.1");
	ip("0X7F.0.0.1", "127.0.0.1");
	ip("169.254.169.254.", "169.254.169.254");
	/* fullwidth digits map to ASCII ones, and are then an address */
	ip("１２７.0.0.1", "127.0.0.1");
	refused(S("256.1.1.1"), "numeric");
	refused(S("1.2.3.4.5"), "numeric");
	refused(S("example.123"), "numeric");
	refused(S("example.0x10"), "numeric");
}

Test(net_host, ipv6_literals_and_mapped_ipv4)
{
	ip("[::1]", "::1");
	ip("[FD00:EC2::254]", "fd00:ec2::254");
	ip("[::ffff:127.0.0.1]", "127.0.0.1");
	ip("[::ffff:7f00:1]", "127.0.0.1");
	ip("::1", "::1");
	refused(S("[fe80::1%25eth0]"), "zones");
	refused(S("[::1"), "IPv6");
	refused(S("[zz::1]"), "IPv6");
}

Test(net_host, authority_splits_host_and_port)
{
	const char *h, *why;
	size_t n;
	uint16_t port;
	cr_assert_eq(net_split_authority(S("a.b:8080"), &h, &n, &port, &why), 0);
	cr_assert_eq(n, 3);
	cr_assert_eq(port, 8080);
	cr_assert_eq(net_split_authority(S("[::1]:443"), &h, &n, &port, &why), 0);
	cr_assert_eq(n, 5);
	cr_assert_eq(port, 443);
	cr_assert_eq(net_split_authority(S("a.b"), &h, &n, &port, &why), 0);
	cr_assert_eq(port, 0);
	cr_assert_eq(net_split_authority(S("a.b:0"), &h, &n, &port, &why), -1);
	cr_assert_eq(net_split_authority(S("a.b:65536"), &h, &n, &port, &why), -1);
	cr_assert_eq(net_split_authority(S("a.b:+80"), &h, &n, &port, &why), -1);
	cr_assert_eq(net_split_authority(S("a.b:"), &h, &n, &port, &why), -1);
	cr_assert_eq(net_split_authority(S("[::1]x"), &h, &n, &port, &why), -1);
	/* Daytona #5147: "02280" skipped the check for 2280. A port is its
	 * number, however many zeros lead it, before anything compares it. */
	cr_assert_eq(net_split_authority(S("a.b:08080"), &h, &n, &port, &why), 0);
	cr_assert_eq(port, 8080);
	cr_assert_eq(net_split_authority(S("[::1]:00443"), &h, &n, &port, &why), 0);
	cr_assert_eq(port, 443);
	cr_assert_eq(net_split_authority(S("a.b:000000443"), &h, &n, &port, &why), -1,
		     "more digits than a port has");
}

static bool allows(const struct egress_policy *p, const char *host, uint16_t port)
{
	struct net_host h;
	const char *why;
	if (net_host_parse(host, strlen(host), &h, &why) < 0)
		return false;
	return egress_allows(p, &h, port);
}

Test(net_host, allow_list_matches_canonical_names_and_ports)
{
	struct egress_policy p;
	err_t err;
	egress_policy_init(&p);
	cr_assert(!allows(&p, "example.com", 443), "an empty list allows nothing");
	cr_assert_eq(egress_add_rule(&p, "API.Example.com.", &err), 0, "%s", err.msg);
	cr_assert_eq(egress_add_rule(&p, "*.files.example", &err), 0, "%s", err.msg);
	cr_assert_eq(egress_add_rule(&p, "alt.example:8443", &err), 0, "%s", err.msg);
	cr_assert_eq(egress_add_rule(&p, "10.1.2.3", &err), 0, "%s", err.msg);
	cr_assert_eq(egress_add_rule(&p, "[fd00::5]:8080", &err), 0, "%s", err.msg);
	cr_assert(allows(&p, "api.example.com", 443));
	cr_assert(allows(&p, "API.EXAMPLE.COM.", 80));
	cr_assert(!allows(&p, "api.example.com", 8080), "ports other than 80/443 need listing");
	cr_assert(!allows(&p, "x.api.example.com", 443), "a name is not its subdomains");
	cr_assert(!allows(&p, "example.com", 443));
	cr_assert(!allows(&p, "api.example.com.evil", 443));
	cr_assert(!allows(&p, "evilapi.example.com", 443));
	cr_assert(allows(&p, "a.files.example", 443));
	cr_assert(allows(&p, "a.b.files.example", 443));
	cr_assert(!allows(&p, "files.example", 443), "*.x matches subdomains only");
	cr_assert(!allows(&p, "evilfiles.example", 443));
	cr_assert(allows(&p, "alt.example", 8443));
	cr_assert_eq(egress_add_rule(&p, "zero.example:0443", &err), 0, "%s", err.msg);
	cr_assert(allows(&p, "zero.example", 443), "a listed port is its number");
	cr_assert(!allows(&p, "zero.example", 80));
	cr_assert(!allows(&p, "alt.example", 443), "a listed port replaces 80 and 443");
	cr_assert(allows(&p, "10.1.2.3", 80));
	cr_assert(allows(&p, "0x0a.1.2.3", 80), "an address in another spelling is the address");
	cr_assert(allows(&p, "[::ffff:10.1.2.3]", 443));
	cr_assert(!allows(&p, "10.1.2.4", 80));
	cr_assert(allows(&p, "[fd00::5]", 8080));
	cr_assert(!allows(&p, "[fd00::5]", 443));
}

Test(net_host, bad_rules_are_refused_with_a_reason)
{
	static const struct {
		const char *spec, *why;
	} bad[] = {
	    {"", "empty"},
	    {"user@example.com", "user@host"},
	    {"example.com:0", "port"},
	    {"example.com:99999", "port"},
	    {"*.10.1.2.3", "address"},
	    {"*.com", "top-level"},
	    {"*", "letters"},
	    {"exa mple.com", "space"},
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		struct egress_policy p;
		err_t err;
		egress_policy_init(&p);
		cr_assert_eq(egress_add_rule(&p, bad[i].spec, &err), -1, "%s", bad[i].spec);
		cr_assert(strstr(err.msg, bad[i].why), "%s: %s", bad[i].spec, err.msg);
		cr_assert(strstr(err.msg, "--allow-host"), "%s", err.msg);
	}
}

Test(net_host, resolve_takes_one_or_more_addresses)
{
	struct egress_policy p;
	err_t err;
	egress_policy_init(&p);
	cr_assert_eq(egress_add_resolve(&p, "Api.Test:10.1.2.3", &err), 0, "%s", err.msg);
	cr_assert_eq(egress_add_resolve(&p, "api.test:192.168.5.5,[fd00:ec2::254]", &err), 0, "%s",
		     err.msg);
	cr_assert_eq(egress_add_resolve(&p, "v6.test:fd00::1", &err), 0, "%s", err.msg);
	cr_assert_eq(p.nresolve, 2);
	cr_assert_str_eq(p.resolve[0].host, "api.test");
	cr_assert_eq(p.resolve[0].naddr, 3);
	cr_assert_eq(p.resolve[0].addr[2].family, AF_INET6);
	cr_assert_eq(p.resolve[1].addr[0].family, AF_INET6);
	cr_assert_eq(egress_add_resolve(&p, "api.test", &err), -1);
	cr_assert_eq(egress_add_resolve(&p, "api.test:nothing", &err), -1);
	cr_assert(strstr(err.msg, "not an IP address"), "%s", err.msg);
	cr_assert_eq(egress_add_resolve(&p, "10.0.0.1:10.0.0.2", &err), -1);
	cr_assert_eq(egress_add_resolve(&p, "api.test:2130706433", &err), -1,
		     "ADDR is a strict address");
}

static const char *refusal(const struct egress_policy *p, const char *addr, uint16_t port)
{
	struct net_addr a;
	cr_assert_eq(net_addr_parse(addr, &a), 0, "%s", addr);
	return egress_refuses_addr(p, &a, port, NULL, 0);
}

Test(net_host, private_addresses_are_refused_unless_allowed)
{
	static const char *const private_[] = {
	    "127.0.0.1",     "127.9.9.9",  "10.1.2.3",	  "172.16.0.1",	     "172.31.255.255",
	    "192.168.5.5",   "100.64.0.1", "100.127.1.1", "169.254.1.1",     "::1",
	    "fe80::1",	     "fd00::1",	   "fc00::1",	  "::ffff:10.0.0.1", "64:ff9b::a00:1",
	    "2002:7f00:1::",
	};
	static const char *const never[] = {
	    "169.254.169.254", "fd00:ec2::254",	  "0.0.0.0", "0.1.2.3",	 "::",
	    "224.0.0.1",       "255.255.255.255", "ff02::1", "::7f00:1",
	};
	static const char *const public_[] = {"93.184.216.34", "172.32.0.1", "100.128.0.1",
					      "2606:2800:220:1::1", "8.8.8.8"};
	struct egress_policy p;
	egress_policy_init(&p);
	for (size_t i = 0; i < sizeof(private_) / sizeof(private_[0]); i++)
		cr_assert(refusal(&p, private_[i], 443), "%s was allowed", private_[i]);
	for (size_t i = 0; i < sizeof(never) / sizeof(never[0]); i++)
		cr_assert(refusal(&p, never[i], 443), "%s was allowed", never[i]);
	for (size_t i = 0; i < sizeof(public_) / sizeof(public_[0]); i++)
		cr_assert_null(refusal(&p, public_[i], 443), "%s was refused", public_[i]);
	cr_assert(strstr(refusal(&p, "169.254.169.254", 80), "metadata"));
	cr_assert(strstr(refusal(&p, "::ffff:127.0.0.1", 80), "loopback"));

	p.allow_private = true;
	for (size_t i = 0; i < sizeof(private_) / sizeof(private_[0]); i++)
		cr_assert_null(refusal(&p, private_[i], 443), "%s refused with allow_private",
			       private_[i]);
	for (size_t i = 0; i < sizeof(never) / sizeof(never[0]); i++)
		cr_assert(refusal(&p, never[i], 443), "%s allowed with allow_private", never[i]);
}

Test(net_host, own_ports_and_addresses_are_refused)
{
	struct egress_policy p;
	struct net_addr own, a;
	egress_policy_init(&p);
	p.allow_private = true;
	p.own_ports[p.nown_ports++] = 8080;
	cr_assert(strstr(refusal(&p, "127.0.0.1", 8080), "own service port"));
	cr_assert(strstr(refusal(&p, "10.0.0.1", 8080), "own service port"));
	cr_assert_null(refusal(&p, "8.8.8.8", 8080), "a public host's 8080 is not ours");
	p.allow_private = false;
	net_addr_parse("203.0.114.7", &own);
	net_addr_parse("203.0.114.7", &a);
	cr_assert(strstr(egress_refuses_addr(&p, &a, 443, &own, 1), "own addresses"));
}

static bool within(const char *rule, const struct egress_policy *outer)
{
	struct egress_policy one;
	err_t err;
	egress_policy_init(&one);
	cr_assert_eq(egress_add_rule(&one, rule, &err), 0, "%s", err.msg);
	return egress_rule_within(&one.rules[0], outer);
}

Test(net_host, a_rule_within_another_list)
{
	struct egress_policy o;
	err_t err;
	egress_policy_init(&o);
	cr_assert(!within("api.test", &o), "an empty list holds nothing");
	cr_assert_eq(egress_add_rule(&o, "api.test", &err), 0);
	cr_assert_eq(egress_add_rule(&o, "*.files.test", &err), 0);
	cr_assert_eq(egress_add_rule(&o, "alt.test:8443", &err), 0);
	cr_assert_eq(egress_add_rule(&o, "10.1.2.3", &err), 0);
	cr_assert(within("api.test", &o));
	cr_assert(within("API.test.:443", &o));
	cr_assert(!within("api.test:8080", &o));
	cr_assert(!within("x.api.test", &o));
	cr_assert(!within("*.api.test", &o));
	cr_assert(within("a.files.test", &o));
	cr_assert(within("*.a.files.test", &o));
	cr_assert(within("*.files.test", &o));
	cr_assert(!within("files.test", &o), "*.d does not hold d");
	cr_assert(!within("evilfiles.test", &o));
	cr_assert(within("alt.test:8443", &o));
	cr_assert(!within("alt.test", &o), "80 and 443 are not within 8443");
	cr_assert(within("0x0a.1.2.3:80", &o));
	cr_assert(!within("10.1.2.4", &o));
}
