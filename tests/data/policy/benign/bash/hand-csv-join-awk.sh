#!/usr/bin/env bash
# Join two CSV files on a key column (like SQL's inner join) with awk.
# Usage: csv-join.sh LEFT.csv RIGHT.csv [KEY_COLUMN_NAME]
set -euo pipefail

left="${1:?left csv}"
right="${2:?right csv}"
key="${3:-id}"
sep="${CSV_SEP:-,}"

for f in "$left" "$right"; do
	[[ -r "$f" ]] || { echo "cannot read $f" >&2; exit 1; }
done

col_of() {
	head -n1 "$1" | tr "$sep" '\n' | grep -nx -- "$key" | cut -d: -f1
}
lk=$(col_of "$left")
rk=$(col_of "$right")
if [[ -z "$lk" || -z "$rk" ]]; then
	echo "key column '$key' missing in one of the files" >&2
	exit 1
fi

awk -F"$sep" -v OFS="$sep" -v lk="$lk" -v rk="$rk" '
	FNR == 1 {
		if (NR == 1) { lhead = $0; next }
		rhead = ""
		for (i = 1; i <= NF; i++) if (i != rk) rhead = rhead OFS $i
		print lhead rhead
		next
	}
	NR == FNR { rows[$lk] = $0; next }
	($rk in rows) {
		extra = ""
		for (i = 1; i <= NF; i++) if (i != rk) extra = extra OFS $i
		print rows[$rk] extra
		matched++
	}
	END { printf "%d rows joined\n", matched > "/dev/stderr" }
' "$left" "$right"
