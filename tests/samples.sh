#!/bin/sh
# samples.sh - every ruleset in samples/ converts with kefirc to JSON and to
# BPF C for XDP and TC, and the BPF C compiles with plain
# "clang -O2 -g -target bpf -c" (the README's promise). Sample programs of
# the library are built by make check and run here.
set -u

top_srcdir=${top_srcdir:-.}
top_builddir=${top_builddir:-.}
KEFIRC="$top_builddir/kefirc/kefirc"
CLANG=${KEFIR_CLANG:-clang}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

check() {
	name=$1
	shift
	if "$@" >"$tmp/log" 2>&1; then passed=$((passed + 1)); echo "PASS: $name"
	else failed=$((failed + 1)); echo "FAIL: $name"; sed 's/^/  | /' "$tmp/log" | head -30; fi
}

syntax_of() {
	case "$1" in
	*/ethtool-*) echo ethtool ;;
	*/iptables-*) echo iptables ;;
	*/ip6tables-*) echo ip6tables ;;
	*.json) echo json ;;
	*) echo "" ;;
	esac
}

for f in "$top_srcdir"/samples/*.txt "$top_srcdir"/samples/*.json; do
	[ -e "$f" ] || continue
	syn=$(syntax_of "$f")
	[ -n "$syn" ] || continue
	b=$(basename "$f")
	check "$b to json" "$KEFIRC" --from "$syn" --to json -o "$tmp/$b.json" "$f"
	for hook in xdp tc; do
		check "$b to bpf-c ($hook)" "$KEFIRC" --from "$syn" --to bpf-c \
			--hook $hook -o "$tmp/$b.$hook.c" "$f"
		check "$b $hook compiles with clang" "$CLANG" -O2 -g -target bpf \
			-c "$tmp/$b.$hook.c" -o "$tmp/$b.$hook.o"
	done
done

# The README's promise: the object clang makes is one the kernel loads.
# Attached with iproute2, as a user would, to the loopback device of a
# network namespace made for this and removed afterwards.
if [ "$(id -u)" -eq 0 ] && ip netns add "kefir-samples-$$" 2>/dev/null; then
	for o in "$tmp"/*.xdp.o; do
		check "$(basename "$o") loads and attaches at XDP" \
			ip -n "kefir-samples-$$" link set dev lo xdpgeneric obj "$o" sec xdp
		ip -n "kefir-samples-$$" link set dev lo xdpgeneric off 2>/dev/null
	done
	ip netns del "kefir-samples-$$"
else
	echo "SKIP: loading the samples needs root and network namespaces"
fi

# An HTTP SYN from 8.8.8.8 to 192.168.1.1, and an ARP request.
eth=00112233445566778899aabb
ip4=45000028000040004006000008080808c0a80101
tcp=3039005000000000000000005002200000000000
http_syn=${eth}0800${ip4}${tcp}
arp=${eth}0806000108000604000166778899aabb0a000001000000000000c0a80101
check "count_matches sample runs" sh -c "\"$top_builddir/samples/count_matches\" ethtool \
	\"$top_srcdir/samples/ethtool-webserver.txt\" $http_syn $arp >\"$tmp/matches\""
cat >"$tmp/expected" <<'EXPECTED'
packet 0: rule 3 (line 13, queue): ethtool -N eth0 flow-type tcp4 dst-ip 192.168.1.1 dst-port 80 action 1 loc 10
packet 1: rule 12 (line 25, queue): ethtool -N eth0 flow-type ether proto 0x0806 action 7
EXPECTED
check "count_matches classifies both packets" cmp "$tmp/expected" "$tmp/matches"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
