#!/bin/sh
# One list of keys everywhere: every key of the key table (src/tui/model/keymap.c,
# printed by tests/keys_list) is in the man page's KEYS section under its
# mode, the man page lists no key the table lacks, the help overlay (?)
# shows each with its words, and the README's key summary names each one;
# every option of --help is in the man page and the README.
. "$(dirname "$0")/tui_lib.sh"

srcdir=${top_srcdir:-$(dirname "$0")/..}
keys_list="${top_builddir:-$(dirname "$0")/..}/tests/keys_list"
"$keys_list" >"$tui_dir/table" || { tui_fail "keys_list did not run"; tui_finish; exit 1; }
[ -s "$tui_dir/table" ] && tui_pass "the key table: $(wc -l <"$tui_dir/table") named keys" ||
	tui_fail "the key table is empty"

# The man page's KEYS, as "MODE<TAB>NAME" lines: each .It's first key, its
# mdoc escapes undone ("\&[" is "[", "0 Ns \- Ns Ic 9" is "0-9").
awk '
	/^\.Sh / { in_keys = ($2 == "KEYS") }
	in_keys && /^\.Ss / { mode = substr($0, 5) }
	in_keys && mode != "" && /^\.It Ic / {
		key = substr($0, 8)
		sub(/ , .*/, "", key)
		gsub(/ Ns \\- Ns Ic /, "-", key)
		gsub(/ Ic /, " ", key)	# ".It Ic \&. Ic \&," names one entry of two keys
		gsub(/\\&/, "", key)
		gsub(/\\-/, "-", key)
		print mode "\t" key
	}' "$srcdir/man/edgeviz.1" | sort >"$tui_dir/man"
cut -f 1,2 "$tui_dir/table" | sort >"$tui_dir/named"
if diff "$tui_dir/named" "$tui_dir/man" >"$tui_dir/diff"; then
	tui_pass "the man page's KEYS list the table's $(wc -l <"$tui_dir/man") keys, mode by mode"
else
	tui_fail "the man page's KEYS and the key table differ (< table only, > man only):"
	cat "$tui_dir/diff"
fi

# The help overlay, both pages at 80x24: every key with its words.
tui_start 80 24
tui_wait_for 'Hidden layer' "the panels appear"
tui_keys '?'
tui_wait_for '1/2: ' "the help's first page"
tui_settled >"$tui_dir/help"
tui_keys '?'
tui_wait_for '2/2: ' "the help's second page"
tui_settled >>"$tui_dir/help"
missing=
while IFS='	' read -r mode name help; do
	line=$(printf '%-7s%s' "$name" "$help" | cut -c 1-30)
	grep -qF -- "$line" "$tui_dir/help" || missing="$missing [$mode: $line]"
done <"$tui_dir/table"
if [ -z "$missing" ]; then
	tui_pass "? shows every key of the table with its words"
else
	tui_fail "? lacks:$missing"
fi
tui_keys q
tui_wait_exit

# The README's key summary: every key, as `NAME` (0-9 as `0`-`9`).
keys=$(awk '/^## Keys/ { on = 1; next } /^## / { on = 0 } on' "$srcdir/README.md")
missing=
while IFS='	' read -r mode name help; do
	case $name in
	0-9) mark='`0`-`9`' ;;
	*) mark="\`$name\`" ;;
	esac
	printf '%s\n' "$keys" | grep -qF -- "$mark" || missing="$missing [$mode: $mark]"
done <"$tui_dir/table"
if [ -z "$missing" ]; then
	tui_pass "the README's key summary names every key"
else
	tui_fail "the README's key summary lacks:$missing"
fi

# Every option of --help, in the man page and the README.
"$EDGEVIZ" --help | grep -oE '^ +(-[a-zA-Z], )?--[a-z-]+' | grep -oE -- '--[a-z-]+' >"$tui_dir/options"
missing=
while read -r option; do
	grep -qE -- "^\\.It (Fl [a-zA-Z] , )?Fl -${option#--}( |\$)" "$srcdir/man/edgeviz.1" ||
		missing="$missing [man: $option]"
	grep -qE -- "$option([^a-z-]|\$)" "$srcdir/README.md" || missing="$missing [README: $option]"
done <"$tui_dir/options"
if [ -n "$(cat "$tui_dir/options")" ] && [ -z "$missing" ]; then
	tui_pass "the man page and the README name all $(wc -l <"$tui_dir/options") options of --help"
else
	tui_fail "options missing:$missing"
fi
tui_finish
