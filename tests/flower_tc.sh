#!/bin/sh
# flower_tc.sh - iproute2's own parser as a judge of the flower front-end.
# Every input line of every tests/data/flower/*.t case is also given to the
# real "tc filter add dev VETH ingress ... flower ..." in a network namespace
# made for the test. This kernel has no cls_flower, so tc either fails in
# its own parser (exit 1, userspace: bad syntax) or when the kernel refuses
# the filter (exit 2, "We have an error talking to the kernel": the syntax
# was accepted). kefir must accept exactly what tc's parser accepts: every
# line of a json case must reach the kernel; every line of an error case
# must be refused by tc's parser, unless the case's "== tc" section says
# "kernel" for that line (one word per input line: kefir refuses, by name,
# something tc accepts, such as a stateful key or an action kefir cannot
# express; a comment may follow the word). Device names are replaced by the test's veth pair; the bare
# "[protocol P] flower ..." form gets "filter add dev VETH ingress" before it.
# Without root, ip netns or tc, prints SKIP and exits 77.
set -u

top_srcdir=${top_srcdir:-.}
ns=kefir-flower-$$
skip() { echo "SKIP: $1"; exit 77; }

[ "$(id -u)" -eq 0 ] || skip "not root: cannot create a network namespace"
command -v tc >/dev/null 2>&1 || skip "tc (iproute2) is not installed"
ip netns add "$ns" 2>/dev/null || skip "cannot create a network namespace"
trap 'ip netns del "$ns" 2>/dev/null' EXIT
ip -n "$ns" link add kfa type veth peer name kfb 2>/dev/null &&
	ip netns exec "$ns" tc qdisc add dev kfa clsact 2>/dev/null ||
	skip "cannot create a veth pair with a clsact qdisc"

passed=0 failed=0 lines=0

# tc_args LINE: the tc arguments for one input line.
tc_args() {
	echo "$1" | sed -e 's/^tc //' \
		-e '/^filter /!s/^/filter add dev kfa ingress /' \
		-e 's/ dev [^ ]*/ dev kfb/2' -e 's/ dev [^ ]*/ dev kfa/'
}

# judge LINE: prints "parser" or "kernel", as tc decides.
judge() {
	set -f
	out=$(ip netns exec "$ns" tc $(tc_args "$1") 2>&1)
	rc=$?
	set +f
	if [ $rc -eq 2 ] && echo "$out" | grep -q 'error talking to the kernel'; then
		echo kernel
	elif [ $rc -eq 1 ] || [ $rc -eq 255 ]; then
		echo parser
	else
		echo "other (exit $rc: $out)"
	fi
}

# section FILE NAME: the body of a section.
section() {
	awk -v s="== $2" '/^== /{on = ($0 == s); next} on' "$1"
}

for t in "$top_srcdir"/tests/data/flower/*.t; do
	if grep -q '^== json' "$t"; then default=kernel; else default=parser; fi
	section "$t" tc | grep -v '^#' >"/tmp/$ns.tc"
	n=0
	section "$t" input | while IFS= read -r line; do
		case $line in ''|'#'*) continue ;; esac
		n=$((n + 1))
		want=$(sed -n "${n}p" "/tmp/$ns.tc")
		want=${want%% *}
		want=${want:-$default}
		got=$(judge "$line")
		if [ "$got" = "$want" ]; then echo "ok"; else
			echo "FAIL: $(basename "$t") line $n: tc's $got, expected $want: $line" >&2
			echo "ko"; fi
	done >"/tmp/$ns.res"
	lines=$((lines + $(wc -l <"/tmp/$ns.res")))
	passed=$((passed + $(grep -c '^ok' "/tmp/$ns.res")))
	failed=$((failed + $(grep -c '^ko' "/tmp/$ns.res")))
done
rm -f "/tmp/$ns.tc" "/tmp/$ns.res"
echo "flower vs tc's parser: $lines lines, $passed agree, $failed disagree"
[ "$failed" -eq 0 ]
