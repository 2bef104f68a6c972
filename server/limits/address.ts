// Which addresses count as one for the per-address limits. An IPv6 home or phone gets a whole
// /64 and may use any address in it, so counting each address apart would let one household
// walk round every limit: IPv6 is grouped by its /64. An IPv4 address written as IPv6
// (::ffff:a.b.c.d, as a dual-stack socket reports it) is the IPv4 address. ipaddr.js (already
// Fastify's own, through proxy-addr) does the parsing.
import ipaddr from 'ipaddr.js';

export function addressGroup(address: string): string {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.process(address);
  } catch {
    return address; // not an address (a test double, a unix socket): counted as itself
  }
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16));
  return `${parts.join(':')}::/64`;
}
