#!/bin/sh
# run.sh - "kefirc run" on pcaps of the test corpus (written by
# tests/pcapgen): for every golden ruleset, every engine must print the same
# per-rule counts and the same --verdicts lines. interp and native run on
# every packet with its real lengths; cbpf (when classic BPF can express the
# ruleset) joins interp on every packet seen as a socket filter sees it (wire
# length = captured length); bpf (when bpf() is allowed) joins them all on
# the packets the kernel can run, seen as the kernel sees them.
# Prints "N passed, N failed" and exits non-zero on any failure.
set -u

top_srcdir=${top_srcdir:-.}
top_builddir=${top_builddir:-.}
KEFIRC="$top_builddir/kefirc/kefirc"
PCAPGEN="$top_builddir/tests/pcapgen"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
bpf=yes

ok() { passed=$((passed + 1)); }
ko() { failed=$((failed + 1)); echo "FAIL: $1"; }

# section NAME FILE: the body of "== NAME" in a golden .t file.
section() {
	awk -v name="$1" '/^== / { on = ($2 == name); next } on' "$2"
}

# engines_agree CASE SYNTAX PCAP ENGINE...: the first engine's counts and
# verdicts are every other engine's.
engines_agree() {
	case_name=$1 syntax=$2 pcap=$3
	shift 3
	first=$1
	for mode in counts verdicts; do
		flag=; [ $mode = verdicts ] && flag=--verdicts
		for e in "$@"; do
			if ! "$KEFIRC" run --from "$syntax" "$tmp/rules" \
			     --pcap "$pcap" --engine "$e" $flag $parse_flags \
			     >"$tmp/$e.$mode" 2>"$tmp/$e.err"; then
				ko "$case_name: --engine $e $flag failed"
				sed 's/^/  | /' "$tmp/$e.err" | head -10
				continue
			fi
			if [ "$e" != "$first" ]; then
				if cmp -s "$tmp/$first.$mode" "$tmp/$e.$mode"; then ok; else
					ko "$case_name: $e $mode differ from $first"
					diff "$tmp/$first.$mode" "$tmp/$e.$mode" | head -10
				fi
			fi
		done
	done
}

"$PCAPGEN" all "$tmp/all.pcap" && "$PCAPGEN" kernel "$tmp/kernel.pcap" &&
	"$PCAPGEN" socket "$tmp/socket.pcap" || { echo "FAIL: pcapgen"; exit 1; }

# Is bpf() allowed here? Probe with the smallest ruleset.
printf '{"kefir": 1, "rules": [], "default": {"action": {"type": "pass"}}}' >"$tmp/rules"
if ! "$KEFIRC" run --from json "$tmp/rules" --pcap "$tmp/kernel.pcap" \
     --engine bpf >/dev/null 2>"$tmp/probe"; then
	echo "SKIP: the bpf engine: $(tail -1 "$tmp/probe")"
	bpf=no
fi

n_cases=0
n_cbpf=0
for t in "$top_srcdir"/tests/data/*/*.t; do
	grep -q '^== json' "$t" || continue
	name=${t#"$top_srcdir"/tests/data/}
	syntax=$(section syntax "$t")
	[ -n "$syntax" ] || syntax=$(basename "$(dirname "$t")")
	section input "$t" >"$tmp/rules"
	# the parse options the case's sections give
	parse_flags=
	section flags "$t" | grep -q stateless-approx &&
		parse_flags=--stateless-approx
	iface=$(section in-interface "$t" | head -1)
	[ -n "$iface" ] && parse_flags="$parse_flags --in-interface $iface"
	n_cases=$((n_cases + 1))
	engines_agree "$name" "$syntax" "$tmp/all.pcap" interp native
	cbpf=
	if "$KEFIRC" --from "$syntax" "$tmp/rules" $parse_flags --to cbpf \
	   >/dev/null 2>&1; then
		cbpf=cbpf
		n_cbpf=$((n_cbpf + 1))
		engines_agree "$name" "$syntax" "$tmp/socket.pcap" interp cbpf
	fi
	[ $bpf = yes ] || continue
	if "$KEFIRC" --from "$syntax" "$tmp/rules" $parse_flags --to bpf-c \
	   >/dev/null 2>&1; then
		engines_agree "$name" "$syntax" "$tmp/kernel.pcap" interp native bpf $cbpf
	else
		echo "note: $name: bpf-c refuses the ruleset, bpf not compared"
	fi
done

# The counts are attributed: the sample ruleset's rules hit packets.
"$KEFIRC" run --from ethtool "$top_srcdir/samples/ethtool-webserver.txt" \
	--pcap "$tmp/all.pcap" >"$tmp/out" 2>&1
if awk 'NR > 1 && $3 != "default" && $1 > 0 { hit++ } END { exit !(hit >= 5) }' "$tmp/out"; then
	ok; else ko "webserver sample: fewer than 5 rules hit"; cat "$tmp/out"; fi
# --verdicts: one line per packet, "INDEX RULE ACTION".
"$KEFIRC" run --from ethtool "$top_srcdir/samples/ethtool-webserver.txt" \
	--pcap "$tmp/all.pcap" --verdicts >"$tmp/v" 2>&1
if awk '$1 != NR - 1 || NF != 3 || $2 < -1 { bad = 1 } END { exit bad }' "$tmp/v"; then
	ok; else ko "--verdicts lines"; head -5 "$tmp/v"; fi
# Errors: unknown engine, missing pcap, an action classic BPF cannot express.
if "$KEFIRC" run --from json -e '{}' --pcap x --engine nope 2>/dev/null; then
	ko "unknown engine accepted"; else ok; fi
"$KEFIRC" run --from ethtool -e 'flow-type tcp4 dst-port 80 action 2' \
	--pcap "$tmp/socket.pcap" --engine cbpf >"$tmp/out" 2>"$tmp/err"
rc=$?
if [ $rc -eq 1 ] && [ ! -s "$tmp/out" ] &&
   grep -qF "<command line>:1:1: error: classic BPF cannot express the action 'queue': it can only accept or drop" "$tmp/err"; then
	ok; else ko "cbpf: a queue action is not refused with the back-end's error (exit $rc)"; cat "$tmp/err"; fi
if "$KEFIRC" run --from json "$tmp/rules" --pcap "$tmp/none.pcap" 2>/dev/null; then
	ko "missing pcap accepted"; else ok; fi

echo "run.sh: $n_cases golden rulesets ($n_cbpf through cbpf); $passed passed, $failed failed"
[ "$failed" -eq 0 ]
