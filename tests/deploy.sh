#!/bin/bash
# deploy.sh - kefirc load/replace/stats/unload on a veth pair between two
# network namespaces made for the test (10.199.0.1 in A, 10.199.0.2 in B):
# UDP datagrams sent from A to B, dropped ones must not arrive (B's UDP
# NoPorts counter counts the ones that do), counters must match what was
# sent, a replacement under traffic must lose and double-count nothing, and
# unload must leave the interface as it was. XDP native and generic on B,
# TC ingress on B, TC egress on A; then the CLI's errors. Pins go to a
# directory of this run. Needs root; SKIPs (77) when namespaces or veth
# cannot be made. Prints "N passed, N failed".
set -u

top_builddir=${top_builddir:-.}
KEFIRC="$(cd "$top_builddir" && pwd)/kefirc/kefirc"
tag=kefir-test-$$
A=$tag-a
B=$tag-b
ADDR_A=10.199.0.1
ADDR_B=10.199.0.2
export KEFIR_PIN_ROOT=/sys/fs/bpf/$tag
OTHER_ROOT=/sys/fs/bpf/$tag-other
tmp=$(mktemp -d)
passed=0
failed=0

skip() { echo "SKIP: $1"; exit 77; }
ok() { passed=$((passed + 1)); echo "PASS: $1"; }
ko() { failed=$((failed + 1)); echo "FAIL: $1"; }

cleanup() {
	ip netns del "$A" 2>/dev/null
	ip netns del "$B" 2>/dev/null
	rm -rf "$KEFIR_PIN_ROOT" "$OTHER_ROOT" "$tmp"
}
trap cleanup EXIT

[ "$(id -u)" -eq 0 ] || skip "not root: the deploy tests attach programs to interfaces"
command -v nsenter >/dev/null || skip "nsenter (util-linux) is not installed"

inA() { nsenter --net="/var/run/netns/$A" "$@"; }
inB() { nsenter --net="/var/run/netns/$B" "$@"; }

# Two namespaces without IPv6 (no router solicitations or MLD to count), a
# veth pair between them, static neighbours (no ARP).
make_net() {
	local ns mac_a mac_b

	for ns in "$A" "$B"; do
		ip netns add "$ns" || return 1
		ip netns exec "$ns" sysctl -qw net.ipv6.conf.all.disable_ipv6=1 \
			net.ipv6.conf.default.disable_ipv6=1 || return 1
	done
	ip link add veth-a netns "$A" type veth peer name veth-b netns "$B" || return 1
	ip -n "$A" addr add "$ADDR_A/24" dev veth-a &&
		ip -n "$B" addr add "$ADDR_B/24" dev veth-b &&
		ip -n "$A" link set veth-a up && ip -n "$B" link set veth-b up || return 1
	mac_a=$(ip -n "$A" -br link show veth-a | awk '{print $3}')
	mac_b=$(ip -n "$B" -br link show veth-b | awk '{print $3}')
	ip -n "$A" neigh replace "$ADDR_B" lladdr "$mac_b" dev veth-a nud permanent &&
		ip -n "$B" neigh replace "$ADDR_A" lladdr "$mac_a" dev veth-b nud permanent
}
make_net 2>"$tmp/net.err" || skip "cannot make namespaces and a veth pair: $(head -1 "$tmp/net.err")"

# ------------------------------------------------------------------ helpers --

# kefirc in namespace NS ("$A" or "$B"): output in $tmp/out, $tmp/err.
run() {
	local ns=$1

	shift
	nsenter --net="/var/run/netns/$ns" "$KEFIRC" "$@" >"$tmp/out" 2>"$tmp/err"
}

# expect NAME CODE NS ARGS...: kefirc ARGS in NS exits with CODE.
expect() {
	local name=$1 code=$2 rc

	shift 2
	run "$@"
	rc=$?
	if [ "$rc" -eq "$code" ]; then ok "$name"; else
		ko "$name (exit $rc, expected $code)"; sed 's/^/  | /' "$tmp/err" "$tmp/out"; fi
}

# has NAME FILE TEXT: FILE contains TEXT.
has() {
	if grep -qF -- "$3" "$2"; then ok "$1"; else
		ko "$1: '$3' not in:"; sed 's/^/  | /' "$2" | head -20; fi
}

# equal NAME GOT WANT
equal() {
	if [ "$2" = "$3" ]; then ok "$1"; else ko "$1: got '$2', expected '$3'"; fi
}

# B's count of UDP datagrams that arrived (no socket listens: all NoPorts).
arrived() {
	inB awk '$1 == "Udp:" && $3 ~ /^[0-9]+$/ { print $3 }' /proc/net/snmp
}

# send PORT N: N datagrams of 2 bytes (frames of 44 bytes) from A to B.
send() {
	inA bash -c "for ((i = 0; i < $2; i++)); do echo x >/dev/udp/$ADDR_B/$1; done"
}

# settle WANT: waits (up to 2 s) until arrived() reaches WANT; prints it.
settle() {
	local n got

	for n in $(seq 40); do
		got=$(arrived)
		[ "$got" -ge "$1" ] && break
		sleep 0.05
	done
	sleep 0.1
	arrived
}

# counter FILE TEXT COLUMN: column 1 (packets) or 2 (bytes) of the stats
# row whose rule text contains TEXT ("default" for the default action).
counter() {
	awk -v text="$2" -v col="$3" 'index($0, text) { print $col; exit }' "$1"
}

cat >"$tmp/rules1.txt" <<'RULES'
flow-type udp4 dst-port 9 action -1 loc 0
flow-type udp4 dst-port 7 action 0 loc 1
RULES
cat >"$tmp/rules2.txt" <<'RULES'
flow-type udp4 dst-port 9 action -1 loc 0
flow-type udp4 dst-port 7 action 1 loc 1
flow-type udp4 dst-port 8 action -1 loc 2
RULES

# attached NS DEV: prints what is attached to DEV (XDP programs, clsact).
attached() {
	ip -n "$1" -d link show "$2" | grep -o 'prog/xdp[a-z]* id [0-9]*'
	tc -n "$1" qdisc show dev "$2" | grep -o clsact
	tc -n "$1" filter show dev "$2" ingress
	tc -n "$1" filter show dev "$2" egress
}

# --------------------------------------------------------------- scenarios --

# one_hook LABEL NS DEV HOOK-ARGS...: load, traffic, counters, replace under
# traffic, unload, on DEV of NS (B's ingress, or A's egress).
one_hook() {
	local label=$1 ns=$2 dev=$3 base n got old7 new7 before
	shift 3
	local hook=("$@")

	attached "$ns" "$dev" >"$tmp/before"
	expect "$label: load" 0 "$ns" load --dev "$dev" "${hook[@]}" --from ethtool "$tmp/rules1.txt"
	has "$label: load says where" "$tmp/out" "loaded 2 rules from $tmp/rules1.txt on $dev"

	base=$(arrived)
	send 9 20
	send 7 30
	got=$(settle $((base + 30)))
	equal "$label: the 30 passed datagrams arrive, the 20 dropped do not" "$((got - base))" 30

	expect "$label: stats" 0 "$ns" stats --dev "$dev"
	cp "$tmp/out" "$tmp/stats"
	has "$label: stats names the rule's source line" "$tmp/stats" "$tmp/rules1.txt:1:1  flow-type udp4 dst-port 9 action -1"
	equal "$label: drop rule counted 20 packets" "$(counter "$tmp/stats" "dst-port 9" 1)" 20
	equal "$label: drop rule counted 20 x 44 bytes" "$(counter "$tmp/stats" "dst-port 9" 2)" 880
	equal "$label: pass rule counted 30 packets" "$(counter "$tmp/stats" "dst-port 7" 1)" 30
	equal "$label: pass rule counted 30 x 44 bytes" "$(counter "$tmp/stats" "dst-port 7" 2)" 1320
	equal "$label: default counted nothing" "$(counter "$tmp/stats" "default" 1)" 0
	expect "$label: stats --json" 0 "$ns" stats --dev "$dev" --json
	has "$label: json has the packets" "$tmp/out" '"packets": 20'
	has "$label: json has the line" "$tmp/out" '"line": 2'

	# replace while A sends to port 7 until told to stop
	base=$(arrived)
	rm -f "$tmp/stop"
	inA bash -c "n=0; while [ ! -e '$tmp/stop' ]; do echo x >/dev/udp/$ADDR_B/7; n=\$((n + 1)); done; echo \$n" >"$tmp/sent" &
	sleep 0.3
	expect "$label: replace under traffic" 0 "$ns" replace --dev "$dev" "${hook[@]}" --from ethtool "$tmp/rules2.txt"
	cp "$tmp/out" "$tmp/replaced"
	sleep 0.3
	touch "$tmp/stop"
	wait
	n=$(cat "$tmp/sent")
	got=$(settle $((base + n)))
	equal "$label: no datagram lost across the switch ($n sent)" "$((got - base))" "$n"
	expect "$label: stats after replace" 0 "$ns" stats --dev "$dev"
	cp "$tmp/out" "$tmp/stats"
	old7=$(($(counter "$tmp/replaced" "dst-port 7" 1) - 30))
	new7=$(counter "$tmp/stats" "dst-port 7" 1)
	equal "$label: old + new program counted each datagram once" "$((old7 + new7))" "$n"
	if [ "$old7" -gt 0 ] && [ "$new7" -gt 0 ]; then ok "$label: traffic flowed through both programs"; else
		ko "$label: traffic did not span the switch (old $old7, new $new7)"; fi
	has "$label: stats shows the new rules" "$tmp/stats" "$tmp/rules2.txt:3:1  flow-type udp4 dst-port 8 action -1"
	before=$(arrived)
	send 8 5
	send 9 5
	sleep 0.3
	equal "$label: the new drop rule drops" "$(arrived)" "$before"
	expect "$label: stats after the new drops" 0 "$ns" stats --dev "$dev"
	equal "$label: new drop rule counted 5" "$(counter "$tmp/out" "dst-port 8" 1)" 5

	expect "$label: load again is refused" 3 "$ns" load --dev "$dev" "${hook[@]}" --from ethtool "$tmp/rules1.txt"
	has "$label: load again says replace" "$tmp/err" "already attached"

	expect "$label: unload" 0 "$ns" unload --dev "$dev"
	attached "$ns" "$dev" >"$tmp/after"
	if cmp -s "$tmp/before" "$tmp/after"; then ok "$label: the interface is left as it was"; else
		ko "$label: the interface is not left as it was"; diff "$tmp/before" "$tmp/after"; fi
	if [ ! -e "$KEFIR_PIN_ROOT/$dev" ]; then ok "$label: the pins are gone"; else
		ko "$label: pins left: $(ls -R "$KEFIR_PIN_ROOT/$dev")"; fi
	base=$(arrived)
	send 9 5
	got=$(settle $((base + 5)))
	equal "$label: after unload nothing drops" "$((got - base))" 5
	expect "$label: stats after unload fails" 3 "$ns" stats --dev "$dev"
	has "$label: stats after unload says none" "$tmp/err" "no kefir program is attached to $dev"
}

one_hook "xdp native" "$B" veth-b --hook xdp --mode native
one_hook "xdp generic" "$B" veth-b --hook xdp --mode generic
one_hook "tc ingress" "$B" veth-b --hook tc --direction ingress
one_hook "tc egress" "$A" veth-a --hook tc --direction egress

# ------------------------------------------------------- foreign programs --

# a program attached by another kefir (its pins elsewhere) is foreign here
foreign() {
	local label=$1
	shift

	KEFIR_PIN_ROOT=$OTHER_ROOT run "$B" load --dev veth-b "$@" --from ethtool "$tmp/rules1.txt" ||
		ko "$label: attaching the foreign program failed"
	expect "$label: load over a foreign program is refused" 3 "$B" load --dev veth-b "$@" --from ethtool "$tmp/rules2.txt"
	has "$label: the refusal names the program" "$tmp/err" "which kefir did not attach: force to replace or detach it"
	expect "$label: unload finds no kefir program" 3 "$B" unload --dev veth-b
	expect "$label: load --force replaces it" 0 "$B" load --dev veth-b "$@" --force --from ethtool "$tmp/rules2.txt"
	expect "$label: stats after --force" 0 "$B" stats --dev veth-b
	has "$label: stats shows the forced rules" "$tmp/out" "dst-port 8"
	KEFIR_PIN_ROOT=$OTHER_ROOT run "$B" unload --dev veth-b
	has "$label: the other kefir may not unload ours" "$tmp/err" "which kefir did not attach"
	expect "$label: unload" 0 "$B" unload --dev veth-b
	KEFIR_PIN_ROOT=$OTHER_ROOT run "$B" unload --dev veth-b
	if [ -z "$(attached "$B" veth-b)" ]; then ok "$label: the interface is clean"; else
		ko "$label: left attached: $(attached "$B" veth-b)"; fi
}
foreign "foreign xdp" --hook xdp
foreign "foreign tc" --hook tc

# a program attached by hand with ip link
if "$KEFIRC" --from ethtool "$tmp/rules1.txt" --to bpf-c -o "$tmp/hand.c" &&
	"${KEFIR_CLANG:-clang}" -O2 -g -target bpf -I"/usr/include/$(uname -m)-linux-gnu" \
		-c "$tmp/hand.c" -o "$tmp/hand.o" &&
	ip -n "$B" link set dev veth-b xdpdrv obj "$tmp/hand.o" sec xdp; then
	expect "ip link xdp: load is refused" 3 "$B" load --dev veth-b --from ethtool "$tmp/rules2.txt"
	has "ip link xdp: the refusal names the program" "$tmp/err" "runs program"
	expect "ip link xdp: load --force" 0 "$B" load --dev veth-b --force --from ethtool "$tmp/rules2.txt"
	expect "ip link xdp: unload" 0 "$B" unload --dev veth-b
	if [ -z "$(attached "$B" veth-b)" ]; then ok "ip link xdp: the interface is clean"; else
		ko "ip link xdp: left attached: $(attached "$B" veth-b)"; fi
else
	ko "cannot attach a program with ip link to test a foreign one"
fi

# ---------------------------------------------------------------- errors --

expect "no such interface" 3 "$B" load --dev nosuch0 --from ethtool "$tmp/rules1.txt"
has "no such interface is named" "$tmp/err" "no such network interface 'nosuch0'"
expect "stats of no such interface" 3 "$B" stats --dev nosuch0
expect "replace with nothing loaded" 3 "$B" replace --dev veth-b --from ethtool "$tmp/rules1.txt"
has "replace with nothing loaded says so" "$tmp/err" "no kefir program is attached to veth-b xdp"
expect "unload with nothing loaded" 3 "$B" unload --dev veth-b
expect "offload on veth is refused" 3 "$B" load --dev veth-b --mode offload --from ethtool "$tmp/rules1.txt"
has "offload refusal is explained" "$tmp/err" "cannot offload to 'veth-b'"
printf 'flow-type tcp9 action -1\n' >"$tmp/bad.txt"
expect "rejected rules exit 1" 1 "$B" load --dev veth-b --from ethtool "$tmp/bad.txt"
has "rejected rules are located" "$tmp/err" "$tmp/bad.txt:1:11: error:"
expect "missing --dev" 2 "$B" load --from ethtool "$tmp/rules1.txt"
has "missing --dev is named" "$tmp/err" "missing --dev IF"
expect "unknown mode" 2 "$B" load --dev veth-b --mode turbo --from ethtool "$tmp/rules1.txt"
has "unknown mode is named" "$tmp/err" "unknown mode 'turbo'"
expect "--json with load" 2 "$B" load --dev veth-b --json --from ethtool "$tmp/rules1.txt"
expect "stats takes no rules" 2 "$B" stats --dev veth-b "$tmp/rules1.txt"
expect "load --help" 0 "$B" load --help
has "load --help lists replace" "$tmp/out" "replace"

# a program the verifier refuses: clang turns the counters lookup into a
# constant pointer
printf '#!/bin/sh\nexec "%s" "$@" "-Dbpf_map_lookup_elem(m,k)=((void *)(unsigned long)0x1000)"\n' \
	"${KEFIR_CLANG:-clang}" >"$tmp/bad-clang"
chmod +x "$tmp/bad-clang"
KEFIR_CLANG="$tmp/bad-clang" expect "verifier refusal exits 3" 3 "$B" load --dev veth-b --from ethtool "$tmp/rules1.txt"
has "verifier refusal is summarized" "$tmp/err" "verifier log, last lines:"
has "verifier refusal quotes the verifier" "$tmp/err" "invalid mem access"
equal "the summary is short" "$(($(wc -l <"$tmp/err") < 30))" 1
KEFIR_CLANG="$tmp/bad-clang" expect "verifier refusal, --verbose" 3 "$B" load --verbose --dev veth-b --from ethtool "$tmp/rules1.txt"
has "--verbose gives the whole log" "$tmp/err" "verifier log:"
equal "the whole log is long" "$(($(wc -l <"$tmp/err") > 30))" 1
equal "nothing is attached after a refusal" "$(attached "$B" veth-b)" ""

# XDP has one slot for every mode
run "$B" load --dev veth-b --mode generic --from ethtool "$tmp/rules1.txt"
expect "native over kefir's generic is refused" 3 "$B" load --dev veth-b --mode native --from ethtool "$tmp/rules2.txt"
has "native over generic says replace" "$tmp/err" "already attached to veth-b xdp"
expect "replace in another mode is refused" 3 "$B" replace --dev veth-b --mode native --from ethtool "$tmp/rules2.txt"
has "replace in another mode says why" "$tmp/err" "a replacement keeps the mode"
expect "the generic program keeps its pins" 0 "$B" stats --dev veth-b
has "the generic program is still there" "$tmp/out" "veth-b xdp (generic)"
expect "unload the generic program" 0 "$B" unload --dev veth-b

# two kefir programs on one interface: stats and unload need --hook
run "$B" load --dev veth-b --from ethtool "$tmp/rules1.txt"
run "$B" load --dev veth-b --hook tc --from ethtool "$tmp/rules1.txt"
expect "stats with two programs needs --hook" 3 "$B" stats --dev veth-b
has "two programs: says so" "$tmp/err" "several kefir programs: name the hook"
expect "stats --hook tc" 0 "$B" stats --dev veth-b --hook tc
has "stats --hook tc shows tc" "$tmp/out" "veth-b tc ingress"
expect "unload --hook xdp" 0 "$B" unload --dev veth-b --hook xdp
expect "unload the last one without --hook" 0 "$B" unload --dev veth-b

if command -v setpriv >/dev/null; then
	run "$B" load --dev veth-b --from ethtool "$tmp/rules1.txt"
	chmod 755 "$tmp"
	nsenter --net="/var/run/netns/$B" setpriv --reuid=65534 --regid=65534 --clear-groups \
		"$KEFIRC" stats --dev veth-b >"$tmp/out" 2>"$tmp/err"
	equal "stats without privileges exits 3" "$?" 3
	has "stats without privileges says why" "$tmp/err" "Permission denied (run as root)"
	run "$B" unload --dev veth-b
fi
if [ -z "$(attached "$B" veth-b)$(attached "$A" veth-a)" ]; then ok "the namespaces are left clean"; else
	ko "left attached: $(attached "$B" veth-b) $(attached "$A" veth-a)"; fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
