#!/bin/sh
# cli.sh - kefirc's flags, exit codes and file handling, checked from the
# outside as a user would run it. Prints "N passed, N failed" and exits
# non-zero on any failure.
set -u

top_srcdir=${top_srcdir:-.}
top_builddir=${top_builddir:-.}
KEFIRC="$top_builddir/kefirc/kefirc"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

ok() { passed=$((passed + 1)); echo "PASS: $1"; }
ko() { failed=$((failed + 1)); echo "FAIL: $1"; }

# expect NAME CODE CMD...: runs CMD, checks its exit code; stdout and
# stderr are left in $tmp/out and $tmp/err.
expect() {
	name=$1 code=$2
	shift 2
	"$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	if [ "$rc" -eq "$code" ]; then ok "$name"; else
		ko "$name (exit $rc, expected $code)"; sed 's/^/  | /' "$tmp/err"; fi
}

# same NAME FILE1 FILE2: the two files are identical.
same() {
	if cmp -s "$2" "$3"; then ok "$1"; else ko "$1"; diff "$2" "$3" | head -20; fi
}

# has NAME FILE TEXT: FILE contains the fixed string TEXT.
has() {
	if grep -qF -- "$3" "$2"; then ok "$1"; else
		ko "$1: '$3' not in:"; sed 's/^/  | /' "$2" | head -20; fi
}

cat >"$tmp/rules.txt" <<'RULES'
# drop SSH from one host, steer DNS to queue 2
flow-type tcp4 src-ip 10.0.0.1 dst-port 22 action -1
flow-type udp4 dst-port 53 action 2
RULES
printf 'flow-type tcp4 dst-port 22\nflow-type tcp9 action -1\n' >"$tmp/bad.txt"

expect "--help exits 0" 0 "$KEFIRC" --help
has "--help documents --from" "$tmp/out" "--from SYNTAX"
expect "--version exits 0" 0 "$KEFIRC" --version
has "--version prints the version" "$tmp/out" "kefirc 0.1.0"
expect "--list exits 0" 0 "$KEFIRC" --list
has "--list names ethtool" "$tmp/out" "ethtool"
has "--list names bpf-c" "$tmp/out" "bpf-c"
has "--list names json" "$tmp/out" "json"
has "--list names flower" "$tmp/out" "flower"
expect "flower alias tc-flower" 0 "$KEFIRC" --from tc-flower --to json \
	-e 'tc filter add dev eth0 ingress protocol ip flower ip_proto tcp action drop'
has "tc-flower converts" "$tmp/out" '"syntax": "flower"'

expect "no arguments is a usage error" 2 "$KEFIRC"
has "usage error says what is missing" "$tmp/err" "missing --from"
expect "unknown option" 2 "$KEFIRC" --frobnicate
has "unknown option is named" "$tmp/err" "unknown option '--frobnicate'"
expect "option without its argument" 2 "$KEFIRC" --from
expect "unknown syntax" 2 "$KEFIRC" --from nosuch --to json "$tmp/rules.txt"
has "unknown syntax is named" "$tmp/err" "unknown input syntax 'nosuch'"
expect "unknown back-end" 2 "$KEFIRC" --from ethtool --to nosuch "$tmp/rules.txt"
expect "unknown hook" 2 "$KEFIRC" --from ethtool --to bpf-c --hook nf "$tmp/rules.txt"
expect "two inputs" 2 "$KEFIRC" --from ethtool --to json a b
expect "-e and a file" 2 "$KEFIRC" --from ethtool --to json -e x "$tmp/rules.txt"

expect "missing input file" 3 "$KEFIRC" --from ethtool --to json "$tmp/nope.txt"
has "missing file is named" "$tmp/err" "cannot read '$tmp/nope.txt'"

expect "rejected input exits 1" 1 "$KEFIRC" --from ethtool --to json "$tmp/bad.txt"
has "error has file:line:col" "$tmp/err" "$tmp/bad.txt:2:11: error:"
has "error quotes the line" "$tmp/err" "    flow-type tcp9 action -1"
has "error has a caret" "$tmp/err" "              ^~~~"

expect "convert to stdout" 0 "$KEFIRC" --from ethtool --to json "$tmp/rules.txt"
cp "$tmp/out" "$tmp/rules.json"
has "json names the source" "$tmp/rules.json" "\"source\": \"$tmp/rules.txt\""
expect "read from stdin with -" 0 sh -c "\"$KEFIRC\" --from ethtool --to json - <\"$tmp/rules.txt\""
has "stdin is named <stdin>" "$tmp/out" '"source": "<stdin>"'
expect "read from stdin without FILE" 0 sh -c "\"$KEFIRC\" -f ethtool -t json <\"$tmp/rules.txt\""
expect "-e takes the rules" 0 "$KEFIRC" --from ethtool --to json -e "flow-type ip4 action 1"
has "-e is named <command line>" "$tmp/out" '"source": "<command line>"'

expect "json reads back" 0 "$KEFIRC" --from json --to json "$tmp/rules.json"
same "json round trip is byte-identical" "$tmp/rules.json" "$tmp/out"

expect "-o writes the file" 0 "$KEFIRC" --from ethtool --to bpf-c -o "$tmp/f.c" "$tmp/rules.txt"
has "bpf-c output has the rule's text" "$tmp/f.c" "flow-type udp4 dst-port 53 action 2"
cp "$tmp/f.c" "$tmp/f.c.orig"
expect "failed conversion exits 1" 1 "$KEFIRC" --from ethtool --to bpf-c -o "$tmp/f.c" "$tmp/bad.txt"
same "failed conversion keeps the old output" "$tmp/f.c" "$tmp/f.c.orig"
expect "failed conversion leaves no new file" 1 "$KEFIRC" --from ethtool --to json -o "$tmp/new.json" "$tmp/bad.txt"
if [ -e "$tmp/new.json" ] || ls "$tmp"/new.json.* >/dev/null 2>&1; then
	ko "no partial or temporary file left"; else ok "no partial or temporary file left"; fi
expect "unwritable output exits 3" 3 "$KEFIRC" --from ethtool --to json -o "$tmp/no/such/dir/x.json" "$tmp/rules.txt"
has "unwritable output is named" "$tmp/err" "cannot write '$tmp/no/such/dir/x.json'"
expect "--hook tc" 0 "$KEFIRC" --from ethtool --to bpf-c --hook tc "$tmp/rules.txt"
has "tc program" "$tmp/out" 'SEC("tc")'

expect "--to c keeps the native C" 0 "$KEFIRC" --from ethtool --to c -o "$tmp/n.c" "$tmp/rules.txt"
has "native C exports the classifier" "$tmp/n.c" "kefir_native_match("
expect "--to so compiles it" 0 "$KEFIRC" --from ethtool --to so -o "$tmp/n.so" "$tmp/rules.txt"
has "the shared object holds the classifier" "$tmp/n.so" "kefir_native_match"
expect "--to so needs -o" 2 "$KEFIRC" --from ethtool --to so "$tmp/rules.txt"
expect "--to so with a failing compiler exits 3" 3 env KEFIR_CC=false "$KEFIRC" --from ethtool --to so -o "$tmp/m.so" "$tmp/rules.txt"
if ls "$tmp"/m.so* >/dev/null 2>&1; then
	ko "failed --to so leaves no file"; else ok "failed --to so leaves no file"; fi

printf 'flow-type tcp4\0 action -1\n' >"$tmp/nul.txt"
expect "binary input is refused" 1 "$KEFIRC" --from ethtool --to json "$tmp/nul.txt"
has "binary input message" "$tmp/err" "NUL byte"

# the deployment commands' usage (tests/deploy.sh runs them, as root)
expect "load --help exits 0" 0 "$KEFIRC" load --help
has "load --help documents --dev" "$tmp/out" "--dev IF"
expect "load without --dev" 2 "$KEFIRC" load --from ethtool "$tmp/rules.txt"
has "load without --dev says so" "$tmp/err" "missing --dev IF"
expect "load without rules" 2 "$KEFIRC" load --dev lo --from ethtool
expect "unknown direction" 2 "$KEFIRC" load --dev lo --direction up --from ethtool "$tmp/rules.txt"
has "unknown direction is named" "$tmp/err" "unknown direction 'up'"
expect "unload takes no rules" 2 "$KEFIRC" unload --dev lo "$tmp/rules.txt"
printf '*filter\n:INPUT DROP [0:0]\n:MINE - [0:0]\n-A MINE -j DROP\nCOMMIT\n' >"$tmp/ipt.txt"
expect "--chain picks the iptables chain" 0 "$KEFIRC" --from iptables --chain FORWARD --to json "$tmp/ipt.txt"
expect "--chain must be built-in" 1 "$KEFIRC" --from iptables --chain MINE --to json "$tmp/ipt.txt"
has "--chain error names the chain" "$tmp/err" "'MINE' is not a built-in chain of table 'filter'"
# the classification pass, and --linear without it
{
	printf '*filter\n:INPUT ACCEPT [0:0]\n'
	i=1000
	while [ $i -lt 1100 ]; do
		echo "-A INPUT -p tcp --dport $i -j DROP"
		i=$((i + 1))
	done
	echo COMMIT
} >"$tmp/ports.txt"
expect "bpf-c of 100 port rules" 0 "$KEFIRC" --from iptables "$tmp/ports.txt" --to bpf-c
has "the port rules form a segment" "$tmp/out" "100 records keyed on l4_dport"
expect "bpf-c --linear" 0 "$KEFIRC" --from iptables "$tmp/ports.txt" --to bpf-c --linear
has "--linear tries the rules one by one" "$tmp/out" "if (rule_200(kefir_pkt(&p, ctx)))"
expect "native-c --linear" 0 "$KEFIRC" --from iptables "$tmp/ports.txt" --to native-c --linear
if grep -q "keyed on" "$tmp/out"; then ko "native-c --linear has no segment"; else ok "native-c --linear has no segment"; fi
# kefirc run's usage (tests/run.sh runs the engines)
expect "run --help exits 0" 0 "$KEFIRC" run --help
has "run --help names the engines" "$tmp/out" "[--engine interp|native|bpf|cbpf]"
expect "--help points at run" 0 "$KEFIRC" --help
has "--help names the run engines" "$tmp/out" "(engines interp, native,"
expect "run: unknown engine" 2 "$KEFIRC" run --from json -e '{}' --pcap x --engine nope
has "run: unknown engine lists the engines" "$tmp/err" "unknown engine 'nope': expected interp, native, bpf or cbpf"
# cbpf: formats, snap length, refused actions
drop22='flow-type tcp4 dst-port 22 action -1'
expect "cbpf asm" 0 "$KEFIRC" --from ethtool -e "$drop22" --to cbpf
has "cbpf asm is tcpdump -d" "$tmp/out" "(002) ldh      [12]"
has "cbpf accept returns the default snap length" "$tmp/out" "ret      #262144"
expect "cbpf --snaplen" 0 "$KEFIRC" --from ethtool -e "$drop22" --to cbpf --snaplen 96
has "cbpf snap length" "$tmp/out" "ret      #96"
expect "cbpf bad --snaplen" 2 "$KEFIRC" --from ethtool -e "$drop22" --to cbpf --snaplen 0
expect "cbpf c" 0 "$KEFIRC" --from ethtool -e "$drop22" --to cbpf --format c
has "cbpf c is tcpdump -dd" "$tmp/out" "{ 0x28, 0, 0, 0x0000000c },"
expect "cbpf decimal" 0 "$KEFIRC" --from ethtool -e "$drop22" --to cbpf --format decimal
has "cbpf decimal is tcpdump -ddd" "$tmp/out" "40 0 0 12"
expect "cbpf bytecode" 0 "$KEFIRC" --from ethtool -e "$drop22" --to cbpf --format bytecode
has "cbpf bytecode is tc's" "$tmp/out" ",40 0 0 12,"
expect "cbpf raw" 0 "$KEFIRC" --from ethtool -e "$drop22" --to cbpf --format raw -o "$tmp/raw.bin"
"$KEFIRC" --from ethtool -e "$drop22" --to cbpf --format decimal >"$tmp/dec.txt"
if [ "$(head -1 "$tmp/dec.txt")" -eq $(($(wc -c <"$tmp/raw.bin") / 8)) ]; then
	ok "cbpf raw holds 8 bytes per instruction"; else ko "cbpf raw size"; fi
expect "cbpf unknown format" 1 "$KEFIRC" --from ethtool -e "$drop22" --to cbpf --format hex
has "cbpf unknown format message" "$tmp/err" "unknown cbpf format 'hex'"
expect "cbpf refuses queue" 1 "$KEFIRC" --from ethtool "$tmp/rules.txt" --to cbpf
has "cbpf queue refusal names the rule" "$tmp/err" ":3:1: error: classic BPF cannot express the action 'queue'"

# ip6tables, and a classic BPF program of iptables' bpf match
expect "ip6tables converts" 0 "$KEFIRC" --from ip6tables --to json \
	-e 'ip6tables -A INPUT -p tcp --dport 22 -j DROP'
has "ip6tables walks like ipv6_find_hdr()" "$tmp/out" '"l4": "ip6_find"'
expect "ip6tables to bpf-c" 0 "$KEFIRC" --from ip6tables --to bpf-c \
	-e 'ip6tables -A INPUT -p tcp --dport 22 -j DROP'
has "bpf-c walks once per packet" "$tmp/out" "kefir_walks(&p);"
xtbpf='iptables -A INPUT -m bpf --bytecode "4,48 0 0 9,21 0 1 6,6 0 0 1,6 0 0 0" -j DROP'
expect "bpf match to bpf-c" 0 "$KEFIRC" --from iptables -e "$xtbpf" --to bpf-c
has "bpf match becomes a function" "$tmp/out" "kefir_cbpf_0(p, &x)"
expect "bpf match to native C" 0 "$KEFIRC" --from iptables -e "$xtbpf" --to native-c
expect "cbpf refuses a bpf match" 1 "$KEFIRC" --from iptables -e "$xtbpf" --to cbpf
has "cbpf names the bpf match's rule" "$tmp/err" "cbpf does not inline a rule's own classic BPF program"
expect "cbpf refuses ip6tables' walk" 1 "$KEFIRC" --from ip6tables --to cbpf \
	-e 'ip6tables -A INPUT -p tcp -j DROP'

# --stateless-approx: approximations with warnings, refusals without it
approx='iptables -A INPUT -m state --state ESTABLISHED,RELATED -j ACCEPT'
expect "state is refused" 1 "$KEFIRC" --from iptables -e "$approx" --to json
has "the refusal names the flag" "$tmp/err" "(--stateless-approx approximates some of its uses)"
expect "--stateless-approx converts state" 0 "$KEFIRC" --from iptables \
	--stateless-approx -e "$approx" --to json
has "the approximation is a located warning" "$tmp/err" "<command line>:1:28: warning: approximated:"

# -i is decided for the interface the program runs on
expect "-i without an interface is refused" 1 "$KEFIRC" --from iptables \
	-e 'iptables -A INPUT -i eth0 -j DROP' --to json
expect "--in-interface decides -i" 0 "$KEFIRC" --from iptables \
	--in-interface eth1 -e 'iptables -A INPUT -i eth0 -j DROP' --to json
has "a rule for another interface is false" "$tmp/out" "false"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
